<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdverseEventDialog</name>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="47"/>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="50"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="69"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="70"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="71"/>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="72"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="77"/>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="80"/>
        <source>An adverse event is kept with the session for good; it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdverseEvents</name>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="28"/>
        <source>Mild: settles without treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="29"/>
        <source>Moderate: needed treatment or advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="30"/>
        <source>Severe: urgent care or lasting harm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AftercareSheet</name>
    <message>
        <location filename="../../ui/session_printing.py" line="29"/>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="30"/>
        <source>Thank you for your visit. Please read these instructions carefully and keep this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="34"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="35"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="36"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="37"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="38"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="39"/>
        <source>Caring for your skin at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="40"/>
        <source>Call us at once if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="41"/>
        <source>Your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="42"/>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="43"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="44"/>
        <source>{product} {quantity} {unit}, batch {lot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="47"/>
        <source>you see signs of infection: redness or warmth that grows, pus, or a fever;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="51"/>
        <source>the pain is severe or getting worse;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="52"/>
        <source>blisters, crusts or swelling keep spreading after two days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="58"/>
        <source>the skin turns pale, white or dusky, or your sight changes: call {emergency} and then us, at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="65"/>
        <source>an eyelid or the mouth droops, or you have trouble swallowing, speaking or breathing (for breathing: call {emergency} first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllergyRows</name>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="63"/>
        <source>Add another allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="69"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="70"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="71"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/consultation_amend.py" line="35"/>
        <source>Amend the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="60"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="61"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="62"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="64"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="73"/>
        <source>The original answer is kept; the correction is shown beside it with your name, the time and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="262"/>
        <source>there is a file named %1 where the folder should be. Move or rename that file, then start ClinicDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="267"/>
        <source>the disk it is on can only be read, not written to. If it is a memory card, a USB drive or a network folder, make it writable, then start ClinicDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="272"/>
        <source>your user account is not allowed to write there. Ask whoever looks after this computer to give your account access to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="277"/>
        <source>the disk is full. Free some space, then start ClinicDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="280"/>
        <source>it cannot be reached (%1). If it is on a USB drive or a network folder, connect it, then start ClinicDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="286"/>
        <source>To use another folder, start ClinicDesk with --data-dir FOLDER, or set CLINICDESK_DATA_DIR to that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app.py" line="299"/>
        <source>ClinicDesk cannot use its data folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/products_editor.py" line="67"/>
        <source>New batch of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="74"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="79"/>
        <source>Batch (lot) number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="81"/>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="83"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="99"/>
        <source>Type the expiry date printed on the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="101"/>
        <source>This is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchLookupDialog</name>
    <message>
        <location filename="../../ui/batch_lookup.py" line="101"/>
        <source>Batch look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="102"/>
        <location filename="../../ui/batch_lookup.py" line="226"/>
        <source>Batch (lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="103"/>
        <location filename="../../ui/batch_lookup.py" line="121"/>
        <location filename="../../ui/batch_lookup.py" line="225"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="104"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="105"/>
        <source>Print the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="106"/>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="107"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="111"/>
        <source>Any product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="118"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="119"/>
        <location filename="../../ui/batch_lookup.py" line="222"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="120"/>
        <location filename="../../ui/batch_lookup.py" line="223"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="122"/>
        <location filename="../../ui/batch_lookup.py" line="227"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="123"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="134"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="134"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="167"/>
        <source>Type the batch (lot) number from the recall notice: every client who received it is listed with their phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="171"/>
        <location filename="../../ui/batch_lookup.py" line="193"/>
        <source>No session used this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_lookup.py" line="173"/>
        <source>%n client(s) received this batch</source>
        <translation>
            <numerusform>%n client received this batch</numerusform>
            <numerusform>%n clients received this batch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="186"/>
        <source>Product recall: clients who received batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="191"/>
        <source>printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="194"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="210"/>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="212"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="220"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="221"/>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="224"/>
        <source>Session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="228"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="237"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="238"/>
        <source>The list could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyChart</name>
    <message>
        <location filename="../../ui/body_chart.py" line="147"/>
        <source>&amp;Product for new marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="279"/>
        <source>%1 (%2)</source>
        <comment>a view of the chart and how many marks it holds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="299"/>
        <source>from the previous session: move or edit to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="307"/>
        <source>This chart can only be looked at. Choose a mark to find it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="311"/>
        <source>Keyboard: arrows move the cross, Enter places a point, Tab chooses the next mark; the arrows then move it, + and − resize it, Delete removes it, Esc lets it go. Keys 1 to 5 change the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="317"/>
        <source>Click to place a point, drag to draw an area. Drag a number to move its mark, right-click it to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="47"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="48"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="49"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="50"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="51"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="52"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="55"/>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="56"/>
        <source>Left profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="57"/>
        <source>Right profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="58"/>
        <source>Body front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="59"/>
        <source>Body back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="219"/>
        <source>Mark %1: its batch is not offered for this session. Choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="226"/>
        <source>Mark %1 has a product but no quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="232"/>
        <source>Mark %1 has a quantity but no product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="239"/>
        <source>At most %1 marks can have no product; this chart has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="299"/>
        <source>From the previous session: move or edit this mark to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="322"/>
        <source>No product — area only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="327"/>
        <source>Batch not offered for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="368"/>
        <source>Type the quantity: a number more than 0 with at most 3 decimals, for example 20 or %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="374"/>
        <source>“%1” is not a quantity. Type a number more than 0 with at most 3 decimals, for example 20 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRangeDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="63"/>
        <source>Export planned sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="71"/>
        <source>Sessions of the plans agreed with clients, one event per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="73"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="74"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="94"/>
        <source>{client} — {treatment} (session {number} of {sessions})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="97"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="101"/>
        <source>Save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="103"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="115"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="116"/>
        <source>The calendar could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraFeed</name>
    <message>
        <location filename="../../ui/photo_capture_camera.py" line="52"/>
        <source>ClinicDesk is not allowed to use the camera. Allow it in the system&apos;s privacy settings, then open this window again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture_camera.py" line="77"/>
        <source>The camera stopped working: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureChecklist</name>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="37"/>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="41"/>
        <source>Views this treatment asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="52"/>
        <source>✗ %1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_import_dialog_checklist.py" line="55"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_import_dialog_checklist.py" line="57"/>
        <source>+ %n in this import</source>
        <translation>
            <numerusform>+ %n in this import</numerusform>
            <numerusform>+ %n in this import</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="63"/>
        <source>This treatment asks for no particular views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="66"/>
        <source>Still missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="71"/>
        <source>Every view this treatment asks for is there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../ui/photo_capture.py" line="179"/>
        <source>Take photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="182"/>
        <source>Photos of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="186"/>
        <source>No camera is connected to this computer. Take the photos with a phone or a camera, then add them with Import photos… on the Photos tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="190"/>
        <source>Waiting for the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="191"/>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="192"/>
        <source>Space or Enter also takes the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="193"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Earlier photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="202"/>
        <source>Show it over the live image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="204"/>
        <source>No earlier photo of this area from this view: nothing to line up with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="266"/>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="294"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="308"/>
        <source>The photo just taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_capture.py" line="352"/>
        <source>%n photo(s) taken</source>
        <translation>
            <numerusform>%n photo taken</numerusform>
            <numerusform>%n photos taken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="157"/>
        <source>Treatment families come with ClinicDesk and cannot be added: the screening rules know them by their code. Retire one the practice does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="161"/>
        <source>Show retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Screening rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="166"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="167"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="170"/>
        <source>The screening rules that apply to this treatment. They come with ClinicDesk&apos;s resources and are changed by the clinic&apos;s medical lead, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="202"/>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="238"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="239"/>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="305"/>
        <source>Never treat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="306"/>
        <source>Only with a recorded reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="307"/>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="83"/>
        <source>Chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="340"/>
        <location filename="../../ui/session_summary.py" line="197"/>
        <source>R</source>
        <comment>the client&apos;s right side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="341"/>
        <location filename="../../ui/session_summary.py" line="198"/>
        <source>L</source>
        <comment>the client&apos;s left side</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../../ui/client_editor.py" line="129"/>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="129"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="131"/>
        <source>Given name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="132"/>
        <source>Family name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="133"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="134"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="135"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="136"/>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="137"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="138"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140"/>
        <source>Address (2nd line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="141"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="142"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="143"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="144"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="145"/>
        <source>How they found us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="146"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="147"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="152"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="153"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="154"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="155"/>
        <source>Intersex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="156"/>
        <source>Prefers not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="163"/>
        <source>e.g. +33 6 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="166"/>
        <source>Agrees to receive news and offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="225"/>
        <source>This is not a date. Write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="282"/>
        <source>same name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="283"/>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="284"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="293"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="294"/>
        <source>This client may already be in ClinicDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="296"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="297"/>
        <source>Open existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="298"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="313"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="314"/>
        <source>Save the changes to this client before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <location filename="../../ui/client_list.py" line="128"/>
        <source>Search by name, phone, email or date of birth  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="130"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="131"/>
        <source>Add a client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="199"/>
        <source>No client matches “%1”.

Check the spelling, try part of the name or the phone number, or press Ctrl+N to add a new client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="207"/>
        <source>No clients yet.

Press Ctrl+N or “New client” to add the first one, or import your client list from a spreadsheet (File ▸ Import clients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="212"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="214"/>
        <source>type at least 3 digits to search by phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRecordPane</name>
    <message>
        <location filename="../../ui/client_record.py" line="159"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="160"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="161"/>
        <source>Medical history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="162"/>
        <source>Patch tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="163"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="164"/>
        <source>Treatment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="165"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="166"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="169"/>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="170"/>
        <source>Contraindication warnings let through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="172"/>
        <source>Choose a client in the list and press Enter to open their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="218"/>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="219"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="362"/>
        <source>%1 — patch test: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="380"/>
        <source>Patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="386"/>
        <source>%1  %2, %3 — “%4” (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="400"/>
        <source>Under 18 (%n year(s) old): check identity and parental consent before any treatment.</source>
        <translation>
            <numerusform>Under 18 (%n year old): check identity and parental consent before any treatment.</numerusform>
            <numerusform>Under 18 (%n years old): check identity and parental consent before any treatment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="406"/>
        <source>No date of birth: age-restricted treatments cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="409"/>
        <source>%n other record(s) may be the same person.</source>
        <translation>
            <numerusform>%n other record may be the same person.</numerusform>
            <numerusform>%n other records may be the same person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="411"/>
        <source>No phone or email: the client cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="412"/>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="414"/>
        <source>The medical history has not been gone through with the client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="417"/>
        <source>The medical history was last reviewed on %1: go through it again before treating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="420"/>
        <source>%n contraindication warning(s) were let through with a reason.</source>
        <translation>
            <numerusform>%n contraindication warning was let through with a reason.</numerusform>
            <numerusform>%n contraindication warnings were let through with a reason.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="431"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="432"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="433"/>
        <source>Intersex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="434"/>
        <source>Prefers not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="448"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="449"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="450"/>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="451"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="452"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="453"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="454"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="455"/>
        <source>How they found us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="457"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="458"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="458"/>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="460"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="461"/>
        <source>Client since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="472"/>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="473"/>
        <source>Record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="474"/>
        <source>Record opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="475"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="476"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="477"/>
        <source>History entry added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="478"/>
        <source>History entry changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="479"/>
        <source>History entry removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="480"/>
        <source>History reviewed with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="481"/>
        <source>Contraindication warning let through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="482"/>
        <source>Patch test applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="483"/>
        <source>Patch test read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="484"/>
        <source>Consultation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="485"/>
        <source>Consultation finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="486"/>
        <source>Consultation amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="487"/>
        <source>Draft consultation discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="488"/>
        <source>Treatment plan drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="489"/>
        <source>Client answered the health questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="490"/>
        <source>Client&apos;s answers accepted into the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="491"/>
        <source>Client&apos;s answers discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="496"/>
        <source>Imported from a client list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="39"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="40"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="41"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="42"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicDeskError</name>
    <message>
        <location filename="../../cli.py" line="100"/>
        <source>No passphrase given: set CLINICDESK_PASSPHRASE or use --passphrase-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="150"/>
        <source>--clients must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="221"/>
        <source>Verification found {count} problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="245"/>
        <source>Self-test failed: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="46"/>
        <source>The database {name} cannot be read: it is damaged or it does not belong to this vault. It has not been changed or deleted. Restore the data folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="80"/>
        <source>The database file {name} is missing from the data folder. Restore the data folder from a backup; ClinicDesk will not create an empty one in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="54"/>
        <source>This data was saved by a newer version of ClinicDesk. Install the latest version to open it; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="96"/>
        <source>Could not save a copy of the database before upgrading it: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="108"/>
        <source>The copy taken before upgrading did not verify, so the upgrade was not started. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="91"/>
        <source>The given name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="98"/>
        <source>The family name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="198"/>
        <location filename="../../services/catalogue.py" line="220"/>
        <location filename="../../services/client_fields.py" line="107"/>
        <location filename="../../services/clinic.py" line="72"/>
        <location filename="../../services/products.py" line="69"/>
        <source>This field holds at most {maximum} characters; it has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="120"/>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="127"/>
        <source>The date of birth is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="134"/>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="141"/>
        <source>Unknown value for sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="147"/>
        <location filename="../../services/clinic.py" line="93"/>
        <source>Unknown language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="154"/>
        <source>The country is a two-letter code such as FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_import.py" line="36"/>
        <source>{name} is larger than 200 MB; it cannot be a client list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_import.py" line="44"/>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="106"/>
        <source>This is not a phone number. Include the country code (for example +33) for a number from abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="160"/>
        <source>The referring client no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="189"/>
        <source>A client cannot refer themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="217"/>
        <source>This client record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/clinic.py" line="61"/>
        <location filename="../../services/practice.py" line="228"/>
        <source>The clinic&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/clinic.py" line="83"/>
        <source>Review the history every {low} to {high} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="70"/>
        <source>This file is not a text/CSV file. Save the client list from your spreadsheet as CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="144"/>
        <source>The characters in this file could not be recognised. Save it as CSV in UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="336"/>
        <source>The file could not be read as CSV near line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="386"/>
        <source>The file has no client rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="391"/>
        <source>No column holds the client&apos;s name. The first line must name the columns, for example &quot;First name&quot; and &quot;Last name&quot;, or &quot;Name&quot; (also &quot;Prénom&quot;/&quot;Nom&quot;, &quot;Imię&quot;/&quot;Nazwisko&quot;, &quot;姓名&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/integrity.py" line="58"/>
        <source>The database is older than the last change recorded for this vault: it may have been replaced by an older copy. Nothing was changed. Restore your most recent backup, and run &apos;clinicdesk verify&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="74"/>
        <source>ClinicDesk is locked; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="168"/>
        <location filename="../../vault/blobs.py" line="112"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="174"/>
        <source>The database refused the change ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="200"/>
        <source>The data folder {folder} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="233"/>
        <source>Your name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="243"/>
        <source>The data folder holds a database without its vault header. It was left as it is; restore the folder from a backup or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="308"/>
        <source>The key is not remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="59"/>
        <source>The vault header (vault.json) in the data folder is damaged and its previous copy too. Your passphrase is not the problem. Restore the data folder from a backup; nothing has been changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="72"/>
        <source>There is no ClinicDesk vault in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="83"/>
        <source>This vault was made by a newer ClinicDesk. Install the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="117"/>
        <source>Could not write {name}: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/lock.py" line="25"/>
        <source>ClinicDesk is already open on this data folder. Close the other window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/lock.py" line="32"/>
        <source>The data folder cannot be written to: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="56"/>
        <source>A ClinicDesk vault already exists in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="101"/>
        <source>A recovery key has 24 letters and digits in six groups of four. Check what you typed against the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="124"/>
        <source>That passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="127"/>
        <source>That recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="217"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="151"/>
        <location filename="../../services/catalogue.py" line="160"/>
        <source>This treatment is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="192"/>
        <source>The treatment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="241"/>
        <source>Patch-test times cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="246"/>
        <source>Patch-test times are at most {hours} hours before the treatment and {days} days of validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="257"/>
        <source>A required patch test needs time to be read: at least one hour before the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="272"/>
        <source>A treatment that requires consent needs a consent template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="279"/>
        <source>A consent template is named by its code: lower-case letters, digits and underscores, e.g. chemical_peel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="330"/>
        <source>A service lasts {minimum} to {maximum} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="337"/>
        <location filename="../../services/plans.py" line="198"/>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="341"/>
        <location filename="../../services/plans.py" line="202"/>
        <source>This price is too high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="346"/>
        <location filename="../../services/plans.py" line="190"/>
        <source>Prices are in the practice&apos;s currency, {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="384"/>
        <source>This service is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="80"/>
        <source>Unknown history section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="83"/>
        <location filename="../../ui/history_item_dialog.py" line="421"/>
        <source>Choose an entry from the list or describe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="87"/>
        <source>Unknown history code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="94"/>
        <location filename="../../services/history.py" line="90"/>
        <location filename="../../services/photos.py" line="139"/>
        <location filename="../../services/plans.py" line="157"/>
        <location filename="../../services/session_changes.py" line="97"/>
        <location filename="../../ui/history_item_dialog.py" line="433"/>
        <source>This text is {length} characters long; at most {limit} fit. Shorten it or put the rest in the client&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="160"/>
        <source>This consultation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="168"/>
        <source>This consultation is final: it cannot be changed, only amended with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="292"/>
        <source>Write why the client came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="296"/>
        <source>The client&apos;s consent to keep their health data is needed to finalise the consultation: without it the clinic cannot keep their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="314"/>
        <source>A planned treatment is ruled out by the client&apos;s history, or needs a reason recorded before it can be planned. Take it out of the plan or record the reason on the screening page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/reasons.py" line="13"/>
        <source>Write why this is corrected (at least {minimum} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/reasons.py" line="16"/>
        <source>This reason is {length} characters long; at most {maximum} fit. Keep it to the point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="367"/>
        <source>The new text is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="102"/>
        <source>The date {date} is not possible here: it must be between 1900 and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="111"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="212"/>
        <source>This history entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="53"/>
        <source>Name the product that was tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="58"/>
        <source>A patch test cannot be recorded before it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="98"/>
        <source>This patch test no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="102"/>
        <source>The reading time must be after the test was applied and not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="189"/>
        <source>This contraindication is absolute: the treatment cannot go ahead, whatever the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="198"/>
        <source>Write why the treatment can go ahead despite this warning ({minimum} to {maximum} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="47"/>
        <source>One answer cannot be kept as it is (a date that does not exist or is in the future, or a text that is too long). Check the highlighted question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="155"/>
        <source>These answers were already reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="127"/>
        <location filename="../../services/sessions.py" line="409"/>
        <source>This service is not one of the treatment&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="134"/>
        <source>A plan has between 1 and {maximum} sessions of a treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="144"/>
        <source>Sessions are between 1 and {maximum} days apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="169"/>
        <source>The client agreed to this plan: write why it changes (at least {minimum} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="173"/>
        <source>Write why the plan is stopped (at least {minimum} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="176"/>
        <source>A plan needs at least one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="177"/>
        <source>This plan is completed or stopped: it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="251"/>
        <location filename="../../services/sessions.py" line="378"/>
        <source>This treatment plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="100"/>
        <source>A treatment in this plan is ruled out by the client&apos;s history (an absolute contraindication). Take it out of the plan before agreeing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="194"/>
        <source>This plan changed meanwhile; open it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="221"/>
        <source>Nothing in the plan was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="264"/>
        <source>This treatment is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="268"/>
        <source>This treatment has sessions 1 to {sessions} planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="284"/>
        <source>The session is already planned on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="316"/>
        <source>Only a draft plan can be agreed with the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="321"/>
        <source>Only a plan agreed with the client can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="326"/>
        <source>Only a plan in progress can be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="65"/>
        <source>Name the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="82"/>
        <source>The usual largest quantity must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="128"/>
        <source>This product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/batch_recalls.py" line="61"/>
        <location filename="../../services/products.py" line="155"/>
        <source>Type the batch (lot) number as printed on the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="162"/>
        <source>A batch cannot arrive in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="174"/>
        <source>This batch is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="212"/>
        <source>This batch no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="215"/>
        <source>Batch {lot} expired on {expiry}: it cannot be used. Choose another batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="234"/>
        <location filename="../../services/session_changes.py" line="243"/>
        <source>Type a quantity more than 0, for example 20 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="126"/>
        <source>Discomfort is a whole number from 0 (none) to {maximum} (worst imaginable), or the client&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="150"/>
        <source>At most {maximum} areas can be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="158"/>
        <source>{parameter} is not recorded for this treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="161"/>
        <source>{parameter}: type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="162"/>
        <source>{parameter}: choose one of the values offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="166"/>
        <source>{parameter} must be from {minimum} to {maximum}{unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="169"/>
        <source>{parameter} goes in steps of {step}{unit}, from {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="206"/>
        <source>At most {maximum} areas can be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="224"/>
        <source>The next visit cannot be before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="251"/>
        <source>{quantity} {unit} is far more than one session can use: check the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="262"/>
        <source>A quantity is recorded to at most 3 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="287"/>
        <source>Choose the unit from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="311"/>
        <source>This session is signed off: it cannot be changed, only amended with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="369"/>
        <source>Some quantities are above the product&apos;s usual largest quantity ({count} in all). Check them and confirm that they are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="531"/>
        <source>The new value is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="561"/>
        <source>Choose how severe it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="573"/>
        <source>Describe what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="585"/>
        <source>An adverse event is recorded between the day of the session and now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="217"/>
        <source>This session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="351"/>
        <source>A session cannot be recorded in the future. Check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="359"/>
        <source>This date is before the client was born ({born}). Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="462"/>
        <source>The client&apos;s history rules this treatment out: it cannot go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="470"/>
        <source>The screening found a reason not to treat. Record why the treatment can go ahead today, or do not treat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/calendar_export.py" line="46"/>
        <source>The last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/calendar_export.py" line="51"/>
        <source>Export at most {days} days of planned sessions at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="275"/>
        <source>This follow-up is no longer in the recall rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="287"/>
        <source>This note is {length} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="336"/>
        <source>Choose how the contact went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="345"/>
        <source>A contact is recorded between the day of the treatment and now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="354"/>
        <source>The client had no signed-off treatment of this kind on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="46"/>
        <source>The client&apos;s photo consent does not allow this use of {count} of the photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="58"/>
        <source>The client agreed to anonymised teaching only: crop the photos or blur the eyes before exporting them for teaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="82"/>
        <location filename="../../services/photos.py" line="200"/>
        <source>This photo no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="115"/>
        <source>{file} is not a photo ClinicDesk can import (JPEG, PNG, WebP, HEIC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="125"/>
        <source>{file} is larger than {limit} megapixels. Export a smaller copy and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="136"/>
        <location filename="../../ui/photo_import_dialog_work.py" line="27"/>
        <source>{file} is larger than {limit} MB, more than any photo needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="146"/>
        <source>{file} is damaged or incomplete, so it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="296"/>
        <source>{file} is already among this client&apos;s photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="129"/>
        <source>Choose the body area from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="134"/>
        <source>Choose the view from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="155"/>
        <source>The client&apos;s photo consent does not cover every use chosen for this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="177"/>
        <source>This session is not one of this client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="346"/>
        <source>The photo was erased from the client&apos;s record, but its encrypted files could not be removed from {folder}: {reason}. They are removed at the next clean-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_work.py" line="37"/>
        <source>{file} cannot be opened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="118"/>
        <source>ClinicDesk cannot write in {folder}: {reason}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="128"/>
        <source>The stored file {name} is missing from the data folder. Restore the folder from a backup; &apos;clinicdesk verify&apos; lists every file affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="139"/>
        <source>The stored file {name} is damaged or was altered, so it cannot be opened. Restore the folder from a backup; &apos;clinicdesk verify&apos; lists every file affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="248"/>
        <source>The stored file {name} could not be read from disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="110"/>
        <source>Your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="111"/>
        <source>These details appear on consent forms and other printouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="115"/>
        <source>Clinic name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="116"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="117"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="118"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="119"/>
        <source>Your name *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeNames</name>
    <message>
        <location filename="../../ui/code_names.py" line="18"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="19"/>
        <source>Current medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="20"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="21"/>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="22"/>
        <source>Implants and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="23"/>
        <source>Skin conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="24"/>
        <source>Previous aesthetic treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="25"/>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="26"/>
        <source>Lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="27"/>
        <source>Fitzpatrick skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="28"/>
        <source>Skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="29"/>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="30"/>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="34"/>
        <source>Pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="35"/>
        <source>Breastfeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="36"/>
        <source>Trying to conceive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="37"/>
        <source>Pacemaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="38"/>
        <source>Implanted defibrillator (ICD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="39"/>
        <source>Metal implant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="40"/>
        <source>Permanent filler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="41"/>
        <source>Keloid or raised scarring tendency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="42"/>
        <source>Cold sores (herpes simplex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="43"/>
        <source>Active skin infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="44"/>
        <source>Eczema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="45"/>
        <source>Psoriasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="46"/>
        <source>Rosacea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="47"/>
        <source>Active acne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="48"/>
        <source>Vitiligo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="49"/>
        <source>Diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="50"/>
        <source>Epilepsy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="51"/>
        <source>Autoimmune disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="52"/>
        <source>Bleeding disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="53"/>
        <source>Neuromuscular disorder (e.g. myasthenia gravis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="56"/>
        <source>Cancer or cancer treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="57"/>
        <source>Photosensitivity disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="58"/>
        <source>Recent surgery in the treatment area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="59"/>
        <source>Tendency to darker marks after injury (hyperpigmentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="62"/>
        <source>Allergy to a product ingredient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="65"/>
        <source>Recent sun tan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="69"/>
        <source>Isotretinoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="70"/>
        <source>Other retinoids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="71"/>
        <source>Anticoagulants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="72"/>
        <source>Antiplatelet drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="73"/>
        <source>Photosensitising drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="74"/>
        <source>Immunosuppressants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="75"/>
        <source>Antibiotics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="76"/>
        <source>Corticosteroids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="81"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="82"/>
        <source>Dry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="83"/>
        <source>Oily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="84"/>
        <source>Combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="85"/>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="86"/>
        <source>Smoker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="87"/>
        <source>Frequent sun exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="88"/>
        <source>Uses sunbeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="89"/>
        <source>Uses self-tan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="90"/>
        <source>Not pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="94"/>
        <source>Type I: always burns, never tans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="95"/>
        <source>Type II: usually burns, tans minimally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="96"/>
        <source>Type III: sometimes burns, tans gradually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="97"/>
        <source>Type IV: rarely burns, tans easily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="98"/>
        <source>Type V: very rarely burns, tans darkly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="99"/>
        <source>Type VI: never burns, deeply pigmented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="103"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="104"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="105"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="109"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="110"/>
        <source>Client (self-reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="111"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="114"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/photo_compare_keys.py" line="130"/>
        <source>Photo B cannot be moved, scaled or turned any further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="78"/>
        <source>Photos compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="246"/>
        <source>That is the first point again: choose the second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="257"/>
        <source>These points would make one photo more than ten times the size of the other. Choose them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/photo_comparison.py" line="107"/>
        <source>Compare photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="108"/>
        <source>Area and &amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="109"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="111"/>
        <source>Save the photos side by side as a JPEG or PDF, for a use their consent allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_comparison.py" line="136"/>
        <source>%1 (%n photo(s))</source>
        <translation>
            <numerusform>%1 (%n photo)</numerusform>
            <numerusform>%1 (%n photos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="152"/>
        <source>%1 · no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="153"/>
        <source>%1 · session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="179"/>
        <source>There is only one photo of this area and view: import another one, taken on another day, to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="204"/>
        <source>This is the first photo of this area and view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="206"/>
        <source>This is the latest photo of this area and view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="235"/>
        <source>This alignment moves the photos too far apart to be kept: it is shown but not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmRecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="212"/>
        <source>Check the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="214"/>
        <source>To be sure it was written down correctly, type two groups of it from paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="217"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="205"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="206"/>
        <source>Ask the client; tick only what they agree to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="209"/>
        <source>The client agrees that the clinic keeps their health information and treatment records to treat them safely (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="213"/>
        <source>Photos may be used for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="214"/>
        <source>The clinical record only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="215"/>
        <source>Anonymised teaching and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="217"/>
        <source>Marketing: website, social media, brochures (the face may be recognisable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="221"/>
        <source>Finishing makes the consultation final: afterwards it can only be amended, with a reason. The recommendation becomes a draft treatment plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationDocuments</name>
    <message>
        <location filename="../../ui/consultation_documents.py" line="44"/>
        <source>Reason for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="45"/>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="46"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="47"/>
        <source>Expectation agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="48"/>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="49"/>
        <source>Lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="50"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="51"/>
        <source>Skin assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="52"/>
        <location filename="../../ui/consultation_documents.py" line="67"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="53"/>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="54"/>
        <source>Photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="57"/>
        <source>Why the client came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="59"/>
        <source>Goals and expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="63"/>
        <source>Lifestyle and skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="72"/>
        <source>clinical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="73"/>
        <source>anonymised teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="74"/>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="77"/>
        <source>Health questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="78"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="79"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="80"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="81"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="82"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="83"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="84"/>
        <source>Client&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="85"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="86"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="87"/>
        <source>Substance, reaction and how severe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="88"/>
        <source>Consultation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="89"/>
        <location filename="../../ui/consultation_documents.py" line="106"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="90"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="91"/>
        <location filename="../../ui/consultation_documents.py" line="107"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="92"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="93"/>
        <source>Draft: not finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="94"/>
        <source>Contraindication screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="95"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="96"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="97"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="98"/>
        <source>Let through because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="99"/>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="100"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="101"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="102"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="103"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="104"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="105"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="108"/>
        <source>Absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="109"/>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="110"/>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="111"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="112"/>
        <source>Nothing in the history stands in the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationWizard</name>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="87"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="88"/>
        <source>Save draft and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="89"/>
        <source>Finish consultation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <location filename="../../ui/consultations_tab.py" line="129"/>
        <source>Client fills in the health questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="130"/>
        <source>Print a blank questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="131"/>
        <source>Review the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="132"/>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="133"/>
        <source>Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="134"/>
        <source>Save summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="135"/>
        <location filename="../../ui/consultations_tab.py" line="321"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="141"/>
        <source>No consultation yet. Start one with the client: it goes through their goals, their health and the treatments considered, and ends with a draft plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consultations_tab.py" line="157"/>
        <source>The client answered the health questionnaire %n time(s): not reviewed yet.</source>
        <translation>
            <numerusform>The client answered the health questionnaire %n time: not reviewed yet.</numerusform>
            <numerusform>The client answered the health questionnaire %n times: not reviewed yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="166"/>
        <source>Resume the consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="166"/>
        <source>New consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="171"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="171"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consultations_tab.py" line="173"/>
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n amendment</numerusform>
            <numerusform>%n amendments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="235"/>
        <source>Amended on %1 by %2. Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="248"/>
        <source>Nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="322"/>
        <source>Discard this unfinished consultation? What was written in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="340"/>
        <source>Consultation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="352"/>
        <source>Health questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="190"/>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="192"/>
        <source>%1 — %2, treated on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="197"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="198"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="199"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="203"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="208"/>
        <source>Optional: what was said, when to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="214"/>
        <source>This closes the follow-up: it leaves the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactHistory</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="263"/>
        <source>Contacts with this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="266"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/date_field.py" line="91"/>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="111"/>
        <source>Type the date and the time (24-hour, e.g. 14:30).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <location filename="../../ui/errors.py" line="104"/>
        <source>ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>Something went wrong in ClinicDesk. Your records are safe: every change is saved completely or not at all, so the last action may not have been saved. You can carry on working. The error was noted in the log, without any client data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="139"/>
        <source>Export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="142"/>
        <source>&amp;Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="144"/>
        <source>Anonymise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="145"/>
        <source>&amp;Leave as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="146"/>
        <source>&amp;Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="147"/>
        <source>&amp;Blur the eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="148"/>
        <source>&amp;Remove the last rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="149"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="150"/>
        <source>&amp;JPEG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="151"/>
        <source>&amp;PDF page with the clinic&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="152"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="198"/>
        <source>The client&apos;s photo consent (from their latest consultation) does not allow %1. Nothing can be exported for this use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="203"/>
        <source>The consent of the photo %1 does not allow %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="205"/>
        <source>The consent of the photos %1 does not allow %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="222"/>
        <source>The photos are exported as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="224"/>
        <source>Drag a rectangle over the picture: only what is inside it is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="227"/>
        <source>Drag a rectangle over the eyes of each photo (as many as needed): they are blurred in the export. Backspace takes the last one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_comparison_export.py" line="235"/>
        <source>%n rectangle(s) drawn.</source>
        <translation>
            <numerusform>%n rectangle drawn.</numerusform>
            <numerusform>%n rectangles drawn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="251"/>
        <source>Draw a rectangle on the picture first, or leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="265"/>
        <source>photo-comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="280"/>
        <source>The file was saved, but the export could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="301"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="302"/>
        <source>cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="303"/>
        <source>eyes blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="308"/>
        <source>Photo comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="311"/>
        <source>Use: %1 · anonymised: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="313"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="155"/>
        <source>Offered by the practice (untick to retire it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="156"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="160"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="161"/>
        <source>A signed consent form is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="162"/>
        <source>Consent template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="163"/>
        <source>the template&apos;s code, e.g. chemical_peel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="164"/>
        <source>Patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="165"/>
        <source>A patch test is required before this treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="169"/>
        <source>Applied before the treatment, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="170"/>
        <source>A negative test is valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="171"/>
        <source>Test again after a break in treatments of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="172"/>
        <source>If the test is missing, out of date or positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="178"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="179"/>
        <location filename="../../ui/catalogue_family_form.py" line="181"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="180"/>
        <source>one treatment only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="182"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="183"/>
        <source>Test again when the client starts a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="184"/>
        <source>Test again after a pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="185"/>
        <source>Refuse the treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="186"/>
        <source>Treat only with a recorded reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="187"/>
        <source>Default aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="189"/>
        <source>One instruction per line, as it is handed to the client in each language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="242"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="245"/>
        <source>Your client file is ready. ClinicDesk locks itself after some minutes without use; the passphrase opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="252"/>
        <source>Remember the key on this computer (%1), so ClinicDesk opens without the passphrase. Only if nobody else uses this computer account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="34"/>
        <location filename="../../ui/follow_ups_model.py" line="43"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="35"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="36"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="37"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="38"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="39"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="42"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="44"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="47"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="48"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="49"/>
        <source>Letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="50"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="51"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="163"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="164"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="165"/>
        <source>Search by client name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="169"/>
        <source>Overdue, due and upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="174"/>
        <source>Log contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="175"/>
        <location filename="../../ui/follow_ups_page.py" line="404"/>
        <location filename="../../ui/follow_ups_page.py" line="409"/>
        <source>Recall letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="176"/>
        <source>Print recall letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="177"/>
        <source>Save recall letters as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="178"/>
        <source>Export planned sessions (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="179"/>
        <source>Open client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="191"/>
        <source>All treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="259"/>
        <source>No follow-up matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_ups_page.py" line="264"/>
        <source>Nobody is due for a follow-up in the next %n day(s).</source>
        <translation>
            <numerusform>Nobody is due for a follow-up in the next %n day.</numerusform>
            <numerusform>Nobody is due for a follow-up in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="268"/>
        <source>Clients appear here when a signed-off treatment calls for a review or a next session, following the recall rules of each treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_ups_page.py" line="273"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="412"/>
        <source>recall-letters.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="86"/>
        <source>Goals and expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="89"/>
        <source>What the client hopes for, and what you agreed is realistic: write the expectation as you explained it, so both of you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="93"/>
        <source>The client&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="95"/>
        <source>Expectation agreed: what result is realistic, and what is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="97"/>
        <source>In what time: sessions, weeks, when it lasts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="88"/>
        <source>Health questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="91"/>
        <source>Go through each question with the client. Answers already in the history are filled in; what you change is recorded as a new version when you go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryItemDialog</name>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="185"/>
        <source>Add to the medical history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="187"/>
        <source>Change a history entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="190"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="196"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="197"/>
        <source>1 – very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="198"/>
        <source>2 – dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="199"/>
        <source>3 – neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="200"/>
        <source>4 – satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="201"/>
        <source>5 – very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="209"/>
        <source>%1 — leave empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="211"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="216"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="217"/>
        <source>Medication class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="218"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="219"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="220"/>
        <source>Implant or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="221"/>
        <source>Skin condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="222"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="223"/>
        <source>Habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="224"/>
        <location filename="../../ui/history_item_dialog.py" line="225"/>
        <source>Skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="228"/>
        <source>Medication (as on the box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="229"/>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="230"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="231"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="232"/>
        <source>Document checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="235"/>
        <source>Date of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="236"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="237"/>
        <location filename="../../ui/history_item_dialog.py" line="238"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="239"/>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="242"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="244"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="245"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="246"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="247"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="248"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="249"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="250"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="251"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="252"/>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="253"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="272"/>
        <source>e.g. Roaccutane 20 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="279"/>
        <source>Optional when chosen from the list above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="291"/>
        <source>Recognise from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="293"/>
        <source>Choose the type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="295"/>
        <location filename="../../ui/history_item_dialog.py" line="297"/>
        <source>Other (describe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="322"/>
        <source>Recognised as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="326"/>
        <source>Not recognised as a medication that matters for treatments. If you know its class, choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="409"/>
        <source>“%1” is not a date. Write it as %2, or leave it empty if it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="480"/>
        <source>Unsaved entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="481"/>
        <source>Close without saving this history entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="483"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="485"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/history_tab.py" line="165"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="168"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="169"/>
        <location filename="../../ui/history_tab.py" line="416"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="170"/>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="171"/>
        <source>Show as known on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="172"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="173"/>
        <source>Mark reviewed with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="237"/>
        <source>Showing the history as it was known on %1; nothing can be changed in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="244"/>
        <source>Nothing had been recorded by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="247"/>
        <source>Nothing recorded yet. Use “Add…” to record conditions, medication, allergies, previous treatments and the skin assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="302"/>
        <source>Never reviewed with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="307"/>
        <source>Last reviewed on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="309"/>
        <source>Last reviewed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="404"/>
        <source>Remove from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="406"/>
        <source>Remove “%1” from the current history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="412"/>
        <source>It stays in the earlier versions: the history as known before today still shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="417"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../ui/history_versions.py" line="87"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="89"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="97"/>
        <source>Dose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="101"/>
        <source>recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="103"/>
        <source>not recognised as a screened medication class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="106"/>
        <source>Reaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="109"/>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="112"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="115"/>
        <source>Satisfaction: %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="119"/>
        <source>Side effects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="125"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="128"/>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeReviewDialog</name>
    <message>
        <location filename="../../ui/intake_review.py" line="39"/>
        <source>Answers from the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="41"/>
        <source>Answered by the client on %1, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="56"/>
        <source>Accepting records these changes in the medical history as new versions, marked as given by the client. Check anything unclear with the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="60"/>
        <source>The answers match the history as it is: accepting changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="64"/>
        <source>Accept into the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="66"/>
        <location filename="../../ui/intake_review.py" line="112"/>
        <source>Discard the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="70"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="83"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="84"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="85"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="95"/>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="95"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="113"/>
        <source>Discard what the client answered? The history stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk.py" line="157"/>
        <source>For the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="159"/>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="162"/>
        <source>Send my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="163"/>
        <source>Thank you. Please hand the device back to your practitioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="164"/>
        <source>Practitioner: type the passphrase to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="165"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="173"/>
        <source>Answer at least one question before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="68"/>
        <source>Welcome to ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="71"/>
        <source>ClinicDesk keeps your client file on this computer, encrypted. Setting it up takes two minutes: your clinic&apos;s details, a passphrase, and a Recovery Sheet to print and keep safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="76"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifestylePage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="105"/>
        <source>Lifestyle and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="107"/>
        <source>Habits that affect the result, and what the client is ready to spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="110"/>
        <source>Lifestyle: sun, sport, skincare routine, work, events coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="112"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Batch look-up (product recall)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;About ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>F&amp;ollow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Client lists (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Importing clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="301"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="305"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client imported.</numerusform>
            <numerusform>%n clients imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="307"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n row skipped.</numerusform>
            <numerusform>%n rows skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>About ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>ClinicDesk %1
The client file of your salon or clinic, kept on this computer and encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="550"/>
        <source>%1, session %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="553"/>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="559"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="567"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="568"/>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="570"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="582"/>
        <source>Move a session date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="44"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="45"/>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase_fields.py" line="62"/>
        <source>At least %n characters. A short sentence you will remember is best.</source>
        <translation>
            <numerusform>At least %n character. A short sentence you will remember is best.</numerusform>
            <numerusform>At least %n characters. A short sentence you will remember is best.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="66"/>
        <source>Weak: easy to guess. Add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="67"/>
        <source>Fair. A few more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="68"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="69"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="73"/>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="139"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>The passphrase unlocks ClinicDesk each day. A short sentence is easier to remember and harder to guess than a word with symbols. Nobody, not even ClinicDesk&apos;s makers, can recover it: the Recovery Sheet on the next page can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="148"/>
        <source>Create my client file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchTestPanel</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="59"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="60"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="61"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="62"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="63"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="64"/>
        <source>Ready to read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="65"/>
        <source>Read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="66"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="331"/>
        <source>Patch tests needed before treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="332"/>
        <source>Record patch test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="333"/>
        <source>Record result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="334"/>
        <source>No patch test recorded for this client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="381"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="471"/>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="474"/>
        <source>Applied %1, ready to read from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="480"/>
        <source>Read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="485"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchTestTexts</name>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="18"/>
        <source>No patch test on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="19"/>
        <source>The patch test can only be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="22"/>
        <source>The patch test applied on %1 has not been read yet: record its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="26"/>
        <source>The last patch test was positive (reaction): do not treat with this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="30"/>
        <source>The last patch test was inconclusive: test again before treating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="34"/>
        <source>The patch test applied on %1 is no longer valid: test again before treating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="38"/>
        <source>A medication was started after the last patch test: test again before treating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="42"/>
        <source>A pregnancy was recorded after the last patch test: test again before treating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="46"/>
        <source>The last treatment was too long ago: test again before treating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="53"/>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="54"/>
        <source>Positive (reaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="55"/>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="56"/>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCompare</name>
    <message>
        <location filename="../../ui/photo_compare.py" line="136"/>
        <source>Choose at least two photos to compare, of the same area and view on different dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="140"/>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="141"/>
        <source>&amp;Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="142"/>
        <source>&amp;Blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="143"/>
        <source>&amp;Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="145"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="146"/>
        <source>Thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="147"/>
        <source>Every 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="156"/>
        <source>Swa&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="157"/>
        <source>Put the first photo in the second&apos;s place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="158"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="159"/>
        <source>Zoom to show the whole photos (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="160"/>
        <source>&amp;Align…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="162"/>
        <source>Lay the second photo over the first by two reference points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="164"/>
        <source>&amp;Reset alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="293"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="295"/>
        <source>&amp;Opacity of B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="295"/>
        <source>&amp;Divider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="305"/>
        <source>Step 1 of 4: click a first reference point on photo A, on the left (the client&apos;s right pupil, for instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="308"/>
        <source>Step 2 of 4: click a second reference point on photo A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="309"/>
        <source>Step 3 of 4: click the same first point on photo B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="310"/>
        <source>Step 4 of 4: click the same second point on photo B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="316"/>
        <source>Keyboard: bring the point under the cross with the arrows (Shift+arrows: finely) and press Enter. Backspace takes the last point back, Esc stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="321"/>
        <source>Wheel or Ctrl+plus and minus zoom, drag or the arrows move. PageUp and PageDown show the previous or next date in the chosen photo (1 to 4 choose it). Shift+arrows, Shift+plus and minus, Shift+[ and ] move, scale and turn photo B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="326"/>
        <source>Drag the divider, or move it with Ctrl+Left and Ctrl+Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="328"/>
        <source>Ctrl+Left and Ctrl+Right change the blend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="178"/>
        <source>Photo details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDetailsForm</name>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="87"/>
        <source>Body &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="88"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="89"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="90"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="91"/>
        <source>Consent covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="101"/>
        <source>The client has not agreed to photos in a finished consultation, so no use can be ticked. Record their photo consent in a consultation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="110"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="123"/>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoImportDialog</name>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="163"/>
        <source>Import photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="166"/>
        <source>Photos of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="168"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="169"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="172"/>
        <source>Choose the photos with Add photos…, or drop their files here: JPEG, PNG, WebP or HEIC. The details below are given to every one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="176"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="177"/>
        <source>Take with the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="187"/>
        <source>Choose photos to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="189"/>
        <source>Photos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="268"/>
        <source>Add the photos to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="307"/>
        <location filename="../../ui/photo_import_dialog.py" line="317"/>
        <source>Stopping after the current photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="314"/>
        <source>Importing: %1 of %2 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_import_dialog.py" line="348"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>%n photo imported.</numerusform>
            <numerusform>%n photos imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="350"/>
        <source>Import cancelled: the rest was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="361"/>
        <source>%1 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="374"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="374"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <location filename="../../ui/photo_comparison_names.py" line="20"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_names.py" line="35"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="22"/>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="23"/>
        <source>Forehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="24"/>
        <source>Eye area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="25"/>
        <source>Nose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="26"/>
        <source>Lips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="27"/>
        <source>Chin and jaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="28"/>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="29"/>
        <source>Décolleté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="30"/>
        <source>Scalp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="31"/>
        <source>Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="32"/>
        <source>Underarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="33"/>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="34"/>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="35"/>
        <source>Abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="36"/>
        <source>Flanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="37"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="38"/>
        <source>Buttocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="39"/>
        <source>Thighs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="40"/>
        <source>Legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="41"/>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="42"/>
        <source>Other area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="45"/>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="46"/>
        <source>Left 45°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="47"/>
        <source>Right 45°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="48"/>
        <source>Left profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="49"/>
        <source>Right profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="50"/>
        <source>Other view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="53"/>
        <source>Clinical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="54"/>
        <source>Anonymised teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="55"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="78"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/photo_viewer.py" line="217"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="218"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="219"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="220"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="222"/>
        <source>Zoom out (Ctrl+minus or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="223"/>
        <source>Zoom in (Ctrl+plus or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="224"/>
        <source>The whole photo in the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="225"/>
        <source>One pixel of the photo per pixel of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="232"/>
        <source>Drag or use the arrow keys to move around the photo. Page Up and Page Down, or Left and Right while the whole photo is in view, show the previous or next photo. Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="293"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../ui/photos_tab.py" line="136"/>
        <source>Import photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="137"/>
        <source>Take photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="138"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="139"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="140"/>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="145"/>
        <source>Choose two to four photos (Ctrl+click) to see them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="150"/>
        <source>Grouped by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="151"/>
        <source>Grouped by area and view</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photos_tab.py" line="223"/>
        <source>%1 of %n photo(s)</source>
        <translation>
            <numerusform>%1 of %n photo</numerusform>
            <numerusform>%1 of %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="228"/>
        <source>No photos of this client yet. Press Import photos… or drop photo files here (JPEG, PNG, WebP or HEIC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="234"/>
        <source>No photo matches these filters. Choose “All” in each to see every photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="293"/>
        <source>No camera is connected to this computer: import photos taken with a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="346"/>
        <source>Erase photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photos_tab.py" line="348"/>
        <source>Erase %n photo(s) for good? They are removed from the record and their encrypted files deleted; this cannot be undone.</source>
        <translation>
            <numerusform>Erase %n photo for good? It is removed from the record and its encrypted files deleted; this cannot be undone.</numerusform>
            <numerusform>Erase %n photos for good? They are removed from the record and their encrypted files deleted; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="94"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="96"/>
        <source>All views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="98"/>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="100"/>
        <source>Not linked to a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="145"/>
        <source>%1  ·  photos: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>Edit the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="391"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="392"/>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="393"/>
        <source>Timeline agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="394"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="395"/>
        <source>First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="396"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="397"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="398"/>
        <source>What the client wants to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="400"/>
        <source>The result the client can expect, as agreed with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="403"/>
        <source>e.g. visible change after 3 sessions, full result at 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="406"/>
        <source>The client agreed to this plan: why does it change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="408"/>
        <source>Add a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="409"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="411"/>
        <source>%1 — leave empty until booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="413"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="426"/>
        <source>Type the price agreed, or choose a service for every treatment to use the catalogue&apos;s prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="432"/>
        <source>Left empty, the plan costs %1 at the catalogue&apos;s prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="459"/>
        <source>Type the price as an amount, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="253"/>
        <source>Recommendation and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="256"/>
        <source>What you recommend and what happens next. The treatments ticked below become a draft treatment plan when the consultation is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="260"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="262"/>
        <source>Agreed next steps: patch test, time to reflect, booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="264"/>
        <source>Into the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Days apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="287"/>
        <source>To choose later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="294"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="305"/>
        <source>Ruled out by the screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="307"/>
        <source>Record a reason on the previous page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="50"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="51"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="52"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="53"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="54"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="58"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="59"/>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="60"/>
        <source>Timeline agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="61"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="62"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="63"/>
        <source>First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="64"/>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="101"/>
        <source>No price yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="115"/>
        <location filename="../../ui/plan_editor.py" line="122"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="154"/>
        <source>“%1” is not a date. Write it as %2, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../ui/plans_tab.py" line="163"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="164"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="165"/>
        <location filename="../../ui/plans_tab.py" line="445"/>
        <source>Agree with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="166"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="167"/>
        <location filename="../../ui/plans_tab.py" line="463"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="168"/>
        <source>Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="169"/>
        <source>Move a session date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="170"/>
        <source>Record a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="294"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="316"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="288"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="174"/>
        <source>Changes since the client agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="177"/>
        <source>No treatment plan yet. A consultation&apos;s recommendation becomes a draft plan, or start one here with New plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="280"/>
        <source>Stopped because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="285"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="287"/>
        <source>Agreed with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="290"/>
        <source>First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="291"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="295"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="310"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="311"/>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="312"/>
        <source>Timeline agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="319"/>
        <source>No treatment in the plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="321"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="328"/>
        <source>service to choose later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans_tab.py" line="330"/>
        <source>%1 of %n session(s) done</source>
        <translation>
            <numerusform>%1 of %n session done</numerusform>
            <numerusform>%1 of %n sessions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="vanished">
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans_tab.py" line="334"/>
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>%n day apart</numerusform>
            <numerusform>%n days apart</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="341"/>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="356"/>
        <source>Changes are listed here once the client has agreed to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="358"/>
        <source>No change since the client agreed to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="367"/>
        <source>%1, session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="374"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="447"/>
        <source>Has the client agreed to this plan? From now on, every change to it needs a reason and is kept in the plan&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="464"/>
        <source>Mark this plan as completed? It can no longer be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="475"/>
        <source>Stop the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="477"/>
        <source>Write why the plan stops before its end, for example the client&apos;s decision, a reaction or a change in their health. The reason is kept with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="26"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="31"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviousSessionTint</name>
    <message>
        <location filename="../../ui/session_tint.py" line="66"/>
        <source>As in the session of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_tint.py" line="71"/>
        <source>Changed since the session of %1; it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_tint.py" line="73"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="51"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="52"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="63"/>
        <source>Save as JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="64"/>
        <source>JPEG pictures (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="66"/>
        <source>The picture could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="54"/>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductLines</name>
    <message>
        <location filename="../../ui/session_products.py" line="40"/>
        <source>lot %1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="43"/>
        <source>EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="94"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="95"/>
        <source>Batch (lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="96"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="97"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="98"/>
        <source>Area or point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="101"/>
        <source>Add a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="102"/>
        <source>Remove the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="143"/>
        <source>e.g. 20 or 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="190"/>
        <source>No batch in date: add one in Settings ▸ Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsEditor</name>
    <message>
        <location filename="../../ui/products_editor.py" line="45"/>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="46"/>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="47"/>
        <source>syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="48"/>
        <source>vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="49"/>
        <source>mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="50"/>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="51"/>
        <source>pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="202"/>
        <source>Show products no longer used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="203"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="207"/>
        <source>Name, as on the box *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="208"/>
        <source>For treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="209"/>
        <source>Measured in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="210"/>
        <source>Usual largest quantity in a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="215"/>
        <source>optional: a larger quantity is questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="216"/>
        <source>In use (untick to stop offering it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="217"/>
        <source>Save product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="218"/>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Batch (lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="222"/>
        <source>Add a batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="225"/>
        <source>Record each product you use and the batches you hold: sessions then record the batch used, expired batches are refused, and a recall finds every client who received a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="232"/>
        <source>Any treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="291"/>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="318"/>
        <source>Type a quantity more than 0, for example 20 or 0.5, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsUsed</name>
    <message>
        <location filename="../../ui/session_products_used.py" line="66"/>
        <source>Products used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="69"/>
        <source>Products placed on the chart below are recorded with their point; list here the ones used over an area or the whole face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="73"/>
        <source>Face and body chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="151"/>
        <source>Chart mark %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="158"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="177"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="178"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="179"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="181"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="186"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/screening_view.py" line="59"/>
        <source>Reason to go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="64"/>
        <source>Write why the treatment can go ahead despite this warning, for example what you checked or who advised it. The reason is kept in the client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="80"/>
        <source>Record the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="75"/>
        <source>Reason for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="76"/>
        <source>In the client&apos;s own words: what brings them, what bothers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="77"/>
        <source>Why the client came (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="78"/>
        <source>Concerns: areas, how long, what was tried</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordResultDialog</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="248"/>
        <source>Record a patch-test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="249"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="250"/>
        <source>Read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="261"/>
        <source>Choose the result that was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTestDialog</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="186"/>
        <source>Record a patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="188"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="189"/>
        <source>Product *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="190"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="191"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="192"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="193"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="197"/>
        <source>e.g. behind the left ear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="182"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="185"/>
        <source>If the passphrase is ever forgotten, this key opens the client file. Print the Recovery Sheet or write the key down now, and keep it away from this computer. It is shown this once; Settings can print a new sheet later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="17"/>
        <location filename="../../ui/recovery_sheet.py" line="83"/>
        <source>ClinicDesk Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="18"/>
        <source>If the passphrase is ever forgotten, this recovery key opens the client file. Whoever holds this sheet and the computer can read every record: keep it as you would keep the practice&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="24"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="26"/>
        <source>Keep this sheet away from the computer, for example in a locked drawer or safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="30"/>
        <source>To use it: start ClinicDesk, choose “I forgot my passphrase”, type the key (upper or lower case, with or without dashes) and choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="35"/>
        <source>If the sheet is lost, print a new one from Settings: the old key then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="40"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="41"/>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="42"/>
        <source>Vault identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="43"/>
        <source>Where this sheet is kept:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheetButtons</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="76"/>
        <source>Print the Recovery Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="77"/>
        <source>Save it as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <location filename="../../ui/screening_view.py" line="41"/>
        <source>Absolute: cannot go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="42"/>
        <source>Relative: needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="43"/>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="44"/>
        <source>Let through with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="139"/>
        <source>%1: ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="141"/>
        <source>%1: blocked until a reason is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="145"/>
        <source>%1: can go ahead, read the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="147"/>
        <source>%1: nothing in the history stands in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="181"/>
        <source>Record a reason…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/catalogue_services.py" line="146"/>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="146"/>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="147"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="148"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="149"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="167"/>
        <source>Type the price as an amount, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../ui/catalogue_services.py" line="254"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="255"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="258"/>
        <source>A service is saved as soon as its dialog is closed with Save. Services are retired, never deleted, because sessions and invoices name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="293"/>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalogue_services.py" line="296"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="326"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="326"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBanner</name>
    <message>
        <location filename="../../ui/session_state.py" line="60"/>
        <source>Correcting a signed-off session: change what was wrong and say why. The original stays in the record beside the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="66"/>
        <source>Signed off on %1 by %2. It can only be corrected, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="73"/>
        <source>The screening blocks this treatment: record a reason above to go ahead, or discard the draft and do not treat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="78"/>
        <source>Draft: saved as you go, final once signed off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/session_dialog.py" line="112"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="255"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="138"/>
        <source>No batch in date for: %1. Add a batch in Settings ▸ Products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="235"/>
        <source>Large quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="236"/>
        <source>Sign off with these quantities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="256"/>
        <source>Throw this draft away? Nothing of it is kept but the fact it was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="352"/>
        <source>Aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="362"/>
        <source>Session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="370"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="371"/>
        <source>Save the changes before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFooter</name>
    <message>
        <location filename="../../ui/session_state.py" line="117"/>
        <source>Adverse event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="118"/>
        <source>Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="119"/>
        <source>Print aftercare sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="120"/>
        <source>Print session record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="121"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="122"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="123"/>
        <source>Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="124"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="125"/>
        <source>Cancel correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="126"/>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="127"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="131"/>
        <source>Why is this corrected?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../ui/session_form.py" line="165"/>
        <source>When and who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="167"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="168"/>
        <source>Areas treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="169"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="170"/>
        <source>Skin reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="171"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="172"/>
        <source>Discomfort (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="181"/>
        <source>Reaction, discomfort and aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="173"/>
        <source>Client&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="174"/>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="175"/>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="178"/>
        <source>What was treated, and with what settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="179"/>
        <source>Separate areas with a semicolon: forehead; cheeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="180"/>
        <source>Device or kit used, e.g. its model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="183"/>
        <source>0 (none) to 10 (worst imaginable), or the client&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="185"/>
        <source>Aftercare explained and the sheet handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="186"/>
        <source>or in words, e.g. in 4 weeks for a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="216"/>
        <source>Practitioner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="252"/>
        <source>This is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message>
        <location filename="../../ui/session_history.py" line="31"/>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="39"/>
        <source>Action taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="42"/>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="48"/>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="51"/>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <location filename="../../ui/session_summary.py" line="46"/>
        <source>Session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="47"/>
        <source>Signed off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="48"/>
        <source>Draft: not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="49"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="50"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="51"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="52"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="53"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="54"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="55"/>
        <source>Session %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="56"/>
        <source>Not part of a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="57"/>
        <source>Products and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="58"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="59"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="60"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="61"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="62"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="63"/>
        <source>on the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="64"/>
        <source>Face and body chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="65"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="66"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="67"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="68"/>
        <source>Treatment given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="69"/>
        <source>Reaction, discomfort and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="70"/>
        <source>Aftercare and next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="71"/>
        <source>%1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="72"/>
        <source>Screening before treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="73"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="74"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="75"/>
        <source>Let through because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="76"/>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="77"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="78"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="79"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="80"/>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="81"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="82"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="83"/>
        <source>Corrections after sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="84"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="85"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="86"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="87"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="88"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="89"/>
        <source>Practitioner&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="90"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTexts</name>
    <message>
        <location filename="../../ui/session_texts.py" line="16"/>
        <source>Areas treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="17"/>
        <source>Areas drawn on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="18"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="19"/>
        <source>Skin reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="20"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="21"/>
        <source>Discomfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="22"/>
        <source>Client&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="23"/>
        <source>Aftercare given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="24"/>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="25"/>
        <source>Next visit (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="26"/>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="27"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="30"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="31"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="50"/>
        <source>%1 %2 %3, lot %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="72"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="74"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Passphrase and recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="186"/>
        <source>Clinic name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Go through each client&apos;s history again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>Lock after (minutes idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="198"/>
        <source>Remember the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>This computer has no secure keychain, so ClinicDesk always asks for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Kept in %1. ClinicDesk then opens without the passphrase for this computer account; choose it only if nobody else uses this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="216"/>
        <location filename="../../ui/settings_dialog.py" line="275"/>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="217"/>
        <location filename="../../ui/settings_dialog.py" line="296"/>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="220"/>
        <source>Print the Recovery Sheet again if it was lost or damaged. If it may have been seen by someone else, replace the recovery key instead: the old sheet then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>Print or save the Recovery Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="226"/>
        <source>Replace the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="229"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="276"/>
        <source>Type the new passphrase the same way twice; it needs 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>The passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="297"/>
        <source>Enter the passphrase to continue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="312"/>
        <source>Print the Recovery Sheet, or save it as a PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="313"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="314"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="318"/>
        <source>ClinicDesk Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="305"/>
        <source>Set up ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkinPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="135"/>
        <source>Skin assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="137"/>
        <source>Fitzpatrick type and skin type are kept in the history and screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="139"/>
        <source>Fitzpatrick skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="140"/>
        <source>Skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="142"/>
        <source>Observations: texture, pigmentation, lines, sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="150"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <location filename="../../ui/session_start.py" line="51"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="74"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="76"/>
        <source>Counts towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="77"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="81"/>
        <source>Starting screens the client&apos;s history again for this treatment. A contraindication that rules it out stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="90"/>
        <source>Screen and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="114"/>
        <source>No plan: a session on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_start.py" line="117"/>
        <source>Plan of %1 (%n session(s))</source>
        <translation>
            <numerusform>Plan of %1 (%n session)</numerusform>
            <numerusform>Plan of %1 (%n sessions)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="141"/>
        <source>Choose the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/timeline_model.py" line="202"/>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="204"/>
        <source>draft, not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline_model.py" line="207"/>
        <source>Photos: %n</source>
        <translation>
            <numerusform>Photos: %n</numerusform>
            <numerusform>Photos: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="212"/>
        <source>Adverse event (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="220"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="222"/>
        <source>draft, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="226"/>
        <source>Considered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="235"/>
        <source>Planned: %1, session %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="241"/>
        <source>Overdue: not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="243"/>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="247"/>
        <source>Patch test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="251"/>
        <source>read on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="267"/>
        <source>%1, lot %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline_model.py" line="269"/>
        <source>%1, lot %2, %3 %4 over %n point(s)</source>
        <translation>
            <numerusform>%1, lot %2, %3 %4 over %n point</numerusform>
            <numerusform>%1, lot %2, %3 %4 over %n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="280"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="286"/>
        <source>Session amended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="289"/>
        <source>Consultation amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="291"/>
        <location filename="../../ui/timeline_model.py" line="300"/>
        <location filename="../../ui/timeline_model.py" line="321"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="297"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="298"/>
        <source>Photos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="301"/>
        <source>Photo consent changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="303"/>
        <source>Health data may be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="305"/>
        <source>No consent to keep health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="307"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="312"/>
        <source>Plan drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="313"/>
        <source>Plan agreed with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="314"/>
        <source>Plan started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="315"/>
        <source>Plan completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="316"/>
        <source>Plan stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="317"/>
        <source>Plan changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="330"/>
        <source>%1, session %2 moved to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="333"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/timeline_tab.py" line="170"/>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="172"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="173"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="174"/>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="175"/>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="176"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="177"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="178"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="179"/>
        <source>Planned sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="180"/>
        <source>Patch tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="184"/>
        <source>Show or hide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="249"/>
        <source>All plans and treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="255"/>
        <source>Plan of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="282"/>
        <source>Nothing is recorded for this client yet. Start with a consultation in the Consultations tab, or record a treatment with New session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="289"/>
        <source>Nothing matches these filters. Turn a kind back on above, or choose “All plans and treatments”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="352"/>
        <source>A planned session is overdue since %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="359"/>
        <source>Next planned session: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="368"/>
        <source>Plan of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="383"/>
        <source>%1 of %2 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="393"/>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="397"/>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="399"/>
        <source>no day planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="407"/>
        <source>%1, session %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentRows</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="187"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="188"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="189"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="190"/>
        <source>Days apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="195"/>
        <location filename="../../ui/plan_editor.py" line="226"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="254"/>
        <source>To choose later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentsPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="154"/>
        <source>Treatments considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="157"/>
        <source>Tick what you discuss. Each treatment is checked against the history at once: absolute contraindications rule it out, relative ones need a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="161"/>
        <source>Tick a treatment on the left to see what the history says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock.py" line="122"/>
        <source>ClinicDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="123"/>
        <source>Enter your passphrase to open the client file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="124"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="125"/>
        <source>I forgot my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="127"/>
        <source>Type the recovery key from your Recovery Sheet, then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Unlock and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="130"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="175"/>
        <source>Choose a new passphrase first, typed the same way twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="211"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/history_versions.py" line="160"/>
        <source>Versions of this history entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="163"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="168"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="170"/>
        <source>First recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="170"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
