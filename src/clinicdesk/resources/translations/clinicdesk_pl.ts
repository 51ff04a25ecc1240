<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name></name>
    <message>
        <source>Mark %1: its batch is not offered for this session. Choose a product.</source>
        <translation type="vanished">Znacznik %1: jego partia nie jest dostępna dla tego zabiegu. Wybierz produkt.</translation>
    </message>
    <message>
        <source>Mark %1 has a product but no quantity.</source>
        <translation type="vanished">Znacznik %1 ma produkt, ale nie ma ilości.</translation>
    </message>
    <message>
        <source>Mark %1 has a quantity but no product.</source>
        <translation type="vanished">Znacznik %1 ma ilość, ale nie ma produktu.</translation>
    </message>
    <message>
        <source>At most %1 marks can have no product; this chart has %2.</source>
        <translation type="vanished">Najwyżej %1 znaczników może nie mieć produktu; na tym schemacie jest ich %2.</translation>
    </message>
    <message>
        <source>From the previous session: move or edit this mark to keep it.</source>
        <translation type="vanished">Z poprzedniego zabiegu: przesuń lub edytuj ten znacznik, aby go zachować.</translation>
    </message>
    <message>
        <source>No product — area only</source>
        <translation type="vanished">Bez produktu — tylko obszar</translation>
    </message>
    <message>
        <source>Batch not offered for this session</source>
        <translation type="vanished">Partia niedostępna dla tego zabiegu</translation>
    </message>
    <message>
        <source>Type the quantity: a number more than 0 with at most 3 decimals, for example 20 or %1.</source>
        <translation type="vanished">Wpisz ilość: liczbę większą od 0 z najwyżej 3 miejscami po przecinku, na przykład 20 lub %1.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity. Type a number more than 0 with at most 3 decimals, for example 20 or %2.</source>
        <translation type="vanished">„%1” nie jest ilością. Wpisz liczbę większą od 0 z najwyżej 3 miejscami po przecinku, na przykład 20 lub %2.</translation>
    </message>
    <message>
        <source>%1 %2 %3, lot %4</source>
        <translation type="vanished">%1 %2 %3, partia %4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">Nie</translation>
    </message>
    <message>
        <source>client</source>
        <translation type="vanished">klient</translation>
    </message>
    <message>
        <source>born</source>
        <translation type="vanished">data urodzenia</translation>
    </message>
    <message>
        <source>when</source>
        <translation type="vanished">kiedy</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation type="vanished">specjalista</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation type="vanished">zabieg</translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="vanished">plan</translation>
    </message>
    <message>
        <source>signed_off</source>
        <translation type="vanished">zatwierdzono</translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="vanished">wersja robocza</translation>
    </message>
    <message>
        <source>title</source>
        <translation type="vanished">tytuł</translation>
    </message>
    <message>
        <source>products</source>
        <translation type="vanished">produkty</translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="vanished">schemat</translation>
    </message>
    <message>
        <source>screening</source>
        <translation type="vanished">ocena przeciwwskazań</translation>
    </message>
    <message>
        <source>override</source>
        <translation type="vanished">pominięcie</translation>
    </message>
    <message>
        <source>events</source>
        <translation type="vanished">zdarzenia</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation type="vanished">poprawki</translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="vanished">podpis</translation>
    </message>
    <message>
        <source>page</source>
        <translation type="vanished">strona</translation>
    </message>
    <message>
        <source>no_plan</source>
        <translation type="vanished">poza planem</translation>
    </message>
    <message>
        <source>plan_progress</source>
        <translation type="vanished">postęp planu</translation>
    </message>
    <message>
        <source>on_chart</source>
        <translation type="vanished">na schemacie</translation>
    </message>
    <message>
        <source>comfort_score</source>
        <translation type="vanished">ocena dyskomfortu</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="47"/>
        <source>Adverse event</source>
        <translation>Zdarzenie niepożądane</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="50"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="69"/>
        <source>Severity</source>
        <translation>Nasilenie</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="70"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="71"/>
        <source>Action taken</source>
        <translation>Podjęte działania</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="72"/>
        <source>Follow-up</source>
        <translation>Dalsze postępowanie</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="77"/>
        <source>Recorded at</source>
        <translation>Data i godzina zapisu</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="80"/>
        <source>An adverse event is kept with the session for good; it cannot be edited.</source>
        <translation>Zdarzenie niepożądane zostaje na stałe zapisane przy zabiegu; nie można go edytować.</translation>
    </message>
</context>
<context>
    <name>AdverseEvents</name>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="28"/>
        <source>Mild: settles without treatment</source>
        <translation>Łagodne: ustępuje bez leczenia</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="29"/>
        <source>Moderate: needed treatment or advice</source>
        <translation>Umiarkowane: wymagało leczenia lub porady</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="30"/>
        <source>Severe: urgent care or lasting harm</source>
        <translation>Ciężkie: pilna pomoc medyczna lub trwała szkoda</translation>
    </message>
</context>
<context>
    <name>AftercareSheet</name>
    <message>
        <location filename="../../ui/session_printing.py" line="29"/>
        <source>Aftercare</source>
        <translation>Zalecenia pozabiegowe</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="30"/>
        <source>Thank you for your visit. Please read these instructions carefully and keep this sheet.</source>
        <translation>Dziękujemy za wizytę. Prosimy o uważne przeczytanie poniższych zaleceń i zachowanie tej karty.</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="34"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="35"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="36"/>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="37"/>
        <source>Areas</source>
        <translation>Obszary zabiegowe</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="38"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="39"/>
        <source>Caring for your skin at home</source>
        <translation>Pielęgnacja skóry w domu</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="40"/>
        <source>Call us at once if</source>
        <translation>Prosimy o natychmiastowy kontakt, jeśli:</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="41"/>
        <source>Your clinic</source>
        <translation>Kontakt z gabinetem</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="42"/>
        <source>Next visit</source>
        <translation>Następna wizyta</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="43"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="44"/>
        <source>{product} {quantity} {unit}, batch {lot}</source>
        <translation>{product} {quantity} {unit}, partia {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="47"/>
        <source>you see signs of infection: redness or warmth that grows, pus, or a fever;</source>
        <translation>pojawią się objawy zakażenia: narastające zaczerwienienie lub ocieplenie skóry, ropa albo gorączka;</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="51"/>
        <source>the pain is severe or getting worse;</source>
        <translation>ból jest silny lub się nasila;</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="52"/>
        <source>blisters, crusts or swelling keep spreading after two days.</source>
        <translation>pęcherze, strupy lub obrzęk nadal się powiększają po upływie dwóch dni.</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="58"/>
        <source>the skin turns pale, white or dusky, or your sight changes: call {emergency} and then us, at once.</source>
        <translation>skóra staje się blada, biała lub sinawa albo pojawią się zaburzenia widzenia: należy natychmiast zadzwonić pod numer {emergency}, a następnie do nas.</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="65"/>
        <source>an eyelid or the mouth droops, or you have trouble swallowing, speaking or breathing (for breathing: call {emergency} first).</source>
        <translation>opadnie powieka lub kącik ust albo wystąpią trudności z przełykaniem, mówieniem lub oddychaniem (przy trudnościach z oddychaniem należy najpierw zadzwonić pod numer {emergency}).</translation>
    </message>
    <message>
        <source>the skin turns pale, white or dusky, or your sight changes: call 112 (999 in the UK) and then us, at once.</source>
        <translation type="vanished">skóra staje się blada, biała lub sinawa albo pojawią się zaburzenia widzenia: należy natychmiast zadzwonić pod numer 112 (999 w Wielkiej Brytanii), a następnie do nas.</translation>
    </message>
    <message>
        <source>an eyelid or the mouth droops, or you have trouble swallowing, speaking or breathing (for breathing: call 112 or 999 first).</source>
        <translation type="vanished">opadnie powieka lub kącik ust albo wystąpią trudności z przełykaniem, mówieniem lub oddychaniem (przy trudnościach z oddychaniem należy najpierw zadzwonić pod numer 112 lub 999).</translation>
    </message>
</context>
<context>
    <name>AllergyRows</name>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Substance</source>
        <translation>Substancja</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Reaction</source>
        <translation>Reakcja</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Severity</source>
        <translation>Nasilenie</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="63"/>
        <source>Add another allergy</source>
        <translation>Dodaj kolejną alergię</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="69"/>
        <source>Mild</source>
        <translation>Łagodne</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="70"/>
        <source>Moderate</source>
        <translation>Umiarkowane</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="71"/>
        <source>Severe</source>
        <translation>Silne</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/consultation_amend.py" line="35"/>
        <source>Amend the consultation</source>
        <translation>Popraw konsultację</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="60"/>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="61"/>
        <source>Now</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="62"/>
        <source>Corrected</source>
        <translation>Po poprawce</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="64"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="73"/>
        <source>The original answer is kept; the correction is shown beside it with your name, the time and the reason.</source>
        <translation>Pierwotna odpowiedź zostaje zachowana; poprawka jest wyświetlana obok niej wraz z imieniem i nazwiskiem osoby poprawiającej, czasem i powodem.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="262"/>
        <source>there is a file named %1 where the folder should be. Move or rename that file, then start ClinicDesk again.</source>
        <translation>w miejscu folderu znajduje się plik o nazwie %1. Przenieś ten plik lub zmień jego nazwę, a następnie ponownie uruchom ClinicDesk.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="267"/>
        <source>the disk it is on can only be read, not written to. If it is a memory card, a USB drive or a network folder, make it writable, then start ClinicDesk again.</source>
        <translation>dysk, na którym się znajduje, jest tylko do odczytu i nie można na nim zapisywać. Jeśli jest to karta pamięci, dysk USB lub folder sieciowy, włącz możliwość zapisu, a następnie ponownie uruchom ClinicDesk.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="272"/>
        <source>your user account is not allowed to write there. Ask whoever looks after this computer to give your account access to that folder.</source>
        <translation>bieżące konto użytkownika nie ma uprawnień do zapisu w tym miejscu. Poproś osobę, która zajmuje się tym komputerem, o przyznanie temu kontu dostępu do tego folderu.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="277"/>
        <source>the disk is full. Free some space, then start ClinicDesk again.</source>
        <translation>dysk jest pełny. Zwolnij trochę miejsca, a następnie ponownie uruchom ClinicDesk.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="280"/>
        <source>it cannot be reached (%1). If it is on a USB drive or a network folder, connect it, then start ClinicDesk again.</source>
        <translation>nie można uzyskać do niego dostępu (%1). Jeśli znajduje się na dysku USB lub w folderze sieciowym, podłącz go, a następnie ponownie uruchom ClinicDesk.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="286"/>
        <source>To use another folder, start ClinicDesk with --data-dir FOLDER, or set CLINICDESK_DATA_DIR to that folder.</source>
        <translation>Aby użyć innego folderu, uruchom ClinicDesk z opcją --data-dir FOLDER albo ustaw w zmiennej CLINICDESK_DATA_DIR ścieżkę do tego folderu.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="299"/>
        <source>ClinicDesk cannot use its data folder %1: %2</source>
        <translation>ClinicDesk nie może użyć swojego folderu danych %1: %2</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/products_editor.py" line="67"/>
        <source>New batch of %1</source>
        <translation>Nowa partia produktu %1</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="74"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="79"/>
        <source>Batch (lot) number</source>
        <translation>Numer partii</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="81"/>
        <source>Expires on</source>
        <translation>Data ważności</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="83"/>
        <source>Received on</source>
        <translation>Data przyjęcia</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="99"/>
        <source>Type the expiry date printed on the box.</source>
        <translation>Wpisz datę ważności wydrukowaną na opakowaniu.</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="101"/>
        <source>This is not a date.</source>
        <translation>To nie jest data.</translation>
    </message>
</context>
<context>
    <name>BatchLookupDialog</name>
    <message>
        <location filename="../../ui/batch_lookup.py" line="101"/>
        <source>Batch look-up</source>
        <translation>Wyszukiwanie partii</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="102"/>
        <location filename="../../ui/batch_lookup.py" line="226"/>
        <source>Batch (lot)</source>
        <translation>Partia (seria)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="103"/>
        <location filename="../../ui/batch_lookup.py" line="121"/>
        <location filename="../../ui/batch_lookup.py" line="225"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="104"/>
        <source>Find</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="105"/>
        <source>Print the list…</source>
        <translation>Drukuj listę…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="106"/>
        <source>Save as CSV…</source>
        <translation>Zapisz jako CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="107"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="111"/>
        <source>Any product</source>
        <translation>Dowolny produkt</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="118"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="119"/>
        <location filename="../../ui/batch_lookup.py" line="222"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="120"/>
        <location filename="../../ui/batch_lookup.py" line="223"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="122"/>
        <location filename="../../ui/batch_lookup.py" line="227"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="123"/>
        <source>Session</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="134"/>
        <source>Signed off</source>
        <translation>Zatwierdzony</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="134"/>
        <source>Draft</source>
        <translation>Roboczy</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="167"/>
        <source>Type the batch (lot) number from the recall notice: every client who received it is listed with their phone number.</source>
        <translation>Wpisz numer partii z zawiadomienia o wycofaniu: każdy klient, który ją otrzymał, pojawi się na liście z numerem telefonu.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="171"/>
        <location filename="../../ui/batch_lookup.py" line="193"/>
        <source>No session used this batch.</source>
        <translation>Żaden zabieg nie wykorzystał tej partii.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_lookup.py" line="173"/>
        <source>%n client(s) received this batch</source>
        <translation>
            <numerusform>%n klient otrzymał tę partię</numerusform>
            <numerusform>%n klienci otrzymali tę partię</numerusform>
            <numerusform>%n klientów otrzymało tę partię</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="186"/>
        <source>Product recall: clients who received batch %1</source>
        <translation>Wycofanie produktu: klienci, którzy otrzymali partię %1</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="191"/>
        <source>printed %1</source>
        <translation>wydrukowano %1</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="194"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="210"/>
        <source>Save as CSV</source>
        <translation>Zapisz jako CSV</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="212"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="220"/>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="221"/>
        <source>Client number</source>
        <translation>Nr klienta</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="224"/>
        <source>Session number</source>
        <translation>Nr zabiegu</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="228"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="237"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="238"/>
        <source>The list could not be saved: %1</source>
        <translation>Nie udało się zapisać listy: %1</translation>
    </message>
</context>
<context>
    <name>BodyChart</name>
    <message>
        <location filename="../../ui/body_chart.py" line="147"/>
        <source>&amp;Product for new marks:</source>
        <translation>&amp;Produkt dla nowych znaczników:</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="279"/>
        <source>%1 (%2)</source>
        <comment>a view of the chart and how many marks it holds</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="299"/>
        <source>from the previous session: move or edit to keep</source>
        <translation>z poprzedniego zabiegu: przesuń lub edytuj, aby zachować</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="307"/>
        <source>This chart can only be looked at. Choose a mark to find it in the list.</source>
        <translation>Ten schemat można tylko przeglądać. Wybierz znacznik, aby odnaleźć go na liście.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="311"/>
        <source>Keyboard: arrows move the cross, Enter places a point, Tab chooses the next mark; the arrows then move it, + and − resize it, Delete removes it, Esc lets it go. Keys 1 to 5 change the view.</source>
        <translation>Klawiatura: strzałki przesuwają krzyżyk, Enter stawia punkt, Tab wybiera następny znacznik; strzałki go wtedy przesuwają, + i − zmieniają jego rozmiar, Delete go usuwa, a Esc kończy jego wybór. Klawisze od 1 do 5 zmieniają widok.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="317"/>
        <source>Click to place a point, drag to draw an area. Drag a number to move its mark, right-click it to remove it.</source>
        <translation>Kliknij, aby postawić punkt, lub przeciągnij, aby narysować obszar. Przeciągnij numer, aby przesunąć jego znacznik; kliknij go prawym przyciskiem, aby go usunąć.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="47"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="48"/>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="49"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="50"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="51"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="52"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="55"/>
        <source>Face</source>
        <translation>Twarz</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="56"/>
        <source>Left profile</source>
        <translation>Profil lewy</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="57"/>
        <source>Right profile</source>
        <translation>Profil prawy</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="58"/>
        <source>Body front</source>
        <translation>Ciało — przód</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="59"/>
        <source>Body back</source>
        <translation>Ciało — tył</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="219"/>
        <source>Mark %1: its batch is not offered for this session. Choose a product.</source>
        <translation>Znacznik %1: jego partia nie jest dostępna dla tego zabiegu. Wybierz produkt.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="226"/>
        <source>Mark %1 has a product but no quantity.</source>
        <translation>Znacznik %1 ma produkt, ale nie ma ilości.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="232"/>
        <source>Mark %1 has a quantity but no product.</source>
        <translation>Znacznik %1 ma ilość, ale nie ma produktu.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="239"/>
        <source>At most %1 marks can have no product; this chart has %2.</source>
        <translation>Najwyżej %1 znaczników może nie mieć produktu; na tym schemacie jest ich %2.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="299"/>
        <source>From the previous session: move or edit this mark to keep it.</source>
        <translation>Z poprzedniego zabiegu: przesuń lub edytuj ten znacznik, aby go zachować.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="322"/>
        <source>No product — area only</source>
        <translation>Bez produktu — tylko obszar</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="327"/>
        <source>Batch not offered for this session</source>
        <translation>Partia niedostępna dla tego zabiegu</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="368"/>
        <source>Type the quantity: a number more than 0 with at most 3 decimals, for example 20 or %1.</source>
        <translation>Wpisz ilość: liczbę większą od 0 z najwyżej 3 miejscami po przecinku, na przykład 20 lub %1.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="374"/>
        <source>“%1” is not a quantity. Type a number more than 0 with at most 3 decimals, for example 20 or %2.</source>
        <translation>„%1” nie jest ilością. Wpisz liczbę większą od 0 z najwyżej 3 miejscami po przecinku, na przykład 20 lub %2.</translation>
    </message>
</context>
<context>
    <name>CalendarRangeDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="63"/>
        <source>Export planned sessions</source>
        <translation>Eksport zaplanowanych sesji</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="71"/>
        <source>Sessions of the plans agreed with clients, one event per day.</source>
        <translation>Sesje z planów uzgodnionych z klientami, każda jako wydarzenie całodniowe.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="73"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="74"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="94"/>
        <source>{client} — {treatment} (session {number} of {sessions})</source>
        <translation>{client} — {treatment} (sesja {number} z {sessions})</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="97"/>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="101"/>
        <source>Save the calendar</source>
        <translation>Zapisz kalendarz</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="103"/>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="115"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="116"/>
        <source>The calendar could not be saved: %1</source>
        <translation>Nie udało się zapisać kalendarza: %1</translation>
    </message>
</context>
<context>
    <name>CameraFeed</name>
    <message>
        <location filename="../../ui/photo_capture_camera.py" line="52"/>
        <source>ClinicDesk is not allowed to use the camera. Allow it in the system&apos;s privacy settings, then open this window again.</source>
        <translation>ClinicDesk nie ma dostępu do kamery. Należy zezwolić na to w ustawieniach prywatności systemu, a następnie ponownie otworzyć to okno.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture_camera.py" line="77"/>
        <source>The camera stopped working: %1</source>
        <translation>Kamera przestała działać: %1</translation>
    </message>
</context>
<context>
    <name>CaptureChecklist</name>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="37"/>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="41"/>
        <source>Views this treatment asks for</source>
        <translation>Ujęcia wymagane dla tego zabiegu</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="52"/>
        <source>✗ %1: missing</source>
        <translation>✗ %1: brak</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_import_dialog_checklist.py" line="55"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_import_dialog_checklist.py" line="57"/>
        <source>+ %n in this import</source>
        <translation>
            <numerusform>+ %n w tym imporcie</numerusform>
            <numerusform>+ %n w tym imporcie</numerusform>
            <numerusform>+ %n w tym imporcie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="63"/>
        <source>This treatment asks for no particular views.</source>
        <translation>Ten zabieg nie wymaga określonych ujęć.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="66"/>
        <source>Still missing: %1</source>
        <translation>Wciąż brakuje: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="71"/>
        <source>Every view this treatment asks for is there.</source>
        <translation>Są już wszystkie ujęcia wymagane dla tego zabiegu.</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../ui/photo_capture.py" line="179"/>
        <source>Take photos</source>
        <translation>Zrób zdjęcia</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="182"/>
        <source>Photos of %1</source>
        <translation>Zdjęcia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="186"/>
        <source>No camera is connected to this computer. Take the photos with a phone or a camera, then add them with Import photos… on the Photos tab.</source>
        <translation>Do tego komputera nie podłączono kamery. Należy zrobić zdjęcia telefonem lub aparatem, a następnie dodać je przyciskiem Importuj zdjęcia… na karcie Zdjęcia.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="190"/>
        <source>Waiting for the camera…</source>
        <translation>Oczekiwanie na kamerę…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="191"/>
        <source>Take photo</source>
        <translation>Zrób zdjęcie</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="192"/>
        <source>Space or Enter also takes the photo.</source>
        <translation>Zdjęcie można też zrobić klawiszem Spacja lub Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="193"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Area:</source>
        <translation>Obszar:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>View:</source>
        <translation>Ujęcie:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Earlier photo:</source>
        <translation>Wcześniejsze zdjęcie:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="202"/>
        <source>Show it over the live image</source>
        <translation>Pokaż je na obrazie na żywo</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="204"/>
        <source>No earlier photo of this area from this view: nothing to line up with.</source>
        <translation>Brak wcześniejszego zdjęcia tego obszaru w tym ujęciu: nie ma do czego się dopasować.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="266"/>
        <source>%1 (missing)</source>
        <translation>%1 (brak)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="294"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="308"/>
        <source>The photo just taken</source>
        <translation>Właśnie zrobione zdjęcie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_capture.py" line="352"/>
        <source>%n photo(s) taken</source>
        <translation>
            <numerusform>%n zdjęcie zrobione</numerusform>
            <numerusform>%n zdjęcia zrobione</numerusform>
            <numerusform>%n zdjęć zrobionych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="157"/>
        <source>Treatment families come with ClinicDesk and cannot be added: the screening rules know them by their code. Retire one the practice does not offer.</source>
        <translation>Rodzaje zabiegów są dostarczane z ClinicDesk i nie można dodawać nowych: reguły przeciwwskazań rozpoznają je po kodzie. Rodzaj zabiegu, którego gabinet nie oferuje, można wycofać z oferty.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="161"/>
        <source>Show retired</source>
        <translation>Pokaż wycofane z oferty</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Screening rules</source>
        <translation>Reguły przeciwwskazań</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="166"/>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="167"/>
        <source>Undo changes</source>
        <translation>Cofnij zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="170"/>
        <source>The screening rules that apply to this treatment. They come with ClinicDesk&apos;s resources and are changed by the clinic&apos;s medical lead, not here.</source>
        <translation>Reguły przeciwwskazań dotyczące tego zabiegu. Są dostarczane wraz z zasobami ClinicDesk i zmienia je kierownik medyczny gabinetu, a nie w tym miejscu.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="202"/>
        <source>%1 (retired)</source>
        <translation>%1 (poza ofertą)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="238"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="239"/>
        <source>Save the changes to %1?</source>
        <translation>Zapisać zmiany w zabiegu „%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="305"/>
        <source>Never treat</source>
        <translation>Nigdy nie wykonywać</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="306"/>
        <source>Only with a recorded reason</source>
        <translation>Tylko z zapisanym uzasadnieniem</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="307"/>
        <source>Caution</source>
        <translation>Zachować ostrożność</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="83"/>
        <source>Chart of %1</source>
        <translation>Schemat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="340"/>
        <location filename="../../ui/session_summary.py" line="197"/>
        <source>R</source>
        <comment>the client&apos;s right side</comment>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="341"/>
        <location filename="../../ui/session_summary.py" line="198"/>
        <source>L</source>
        <comment>the client&apos;s left side</comment>
        <translation>L</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../../ui/client_editor.py" line="129"/>
        <source>Edit client</source>
        <translation>Edycja karty klienta</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="129"/>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="131"/>
        <source>Given name *</source>
        <translation>Imię *</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="132"/>
        <source>Family name *</source>
        <translation>Nazwisko *</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="133"/>
        <source>Preferred name</source>
        <translation>Preferowane imię</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="134"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="135"/>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="136"/>
        <source>Gender identity</source>
        <translation>Tożsamość płciowa</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="137"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="138"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140"/>
        <source>Address (2nd line)</source>
        <translation>Adres (2. linia)</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="141"/>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="142"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="143"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="144"/>
        <source>Preferred language</source>
        <translation>Preferowany język</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="145"/>
        <source>How they found us</source>
        <translation>Skąd o nas wie</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="146"/>
        <source>Marketing</source>
        <translation>Zgoda marketingowa</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="147"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="152"/>
        <source>Not recorded</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="153"/>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="154"/>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="155"/>
        <source>Intersex</source>
        <translation>Osoba interpłciowa</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="156"/>
        <source>Prefers not to say</source>
        <translation>Woli nie podawać</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="163"/>
        <source>e.g. +33 6 12 34 56 78</source>
        <translation>np. +48 601 234 567</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="166"/>
        <source>Agrees to receive news and offers</source>
        <translation>Wyraża zgodę na otrzymywanie informacji i ofert</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="225"/>
        <source>This is not a date. Write it as %1.</source>
        <translation>To nie jest data. Wpisz ją w formacie %1.</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="282"/>
        <source>same name and date of birth</source>
        <translation>to samo imię, nazwisko i data urodzenia</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="283"/>
        <source>same email</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="284"/>
        <source>same phone</source>
        <translation>ten sam telefon</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="293"/>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="294"/>
        <source>This client may already be in ClinicDesk:</source>
        <translation>Ten klient może już być zapisany w ClinicDesk:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="296"/>
        <source>Save anyway</source>
        <translation>Zapisz mimo to</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="297"/>
        <source>Open existing client</source>
        <translation>Otwórz istniejącą kartę</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="298"/>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="313"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="314"/>
        <source>Save the changes to this client before closing?</source>
        <translation>Zapisać zmiany w karcie klienta przed zamknięciem?</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <location filename="../../ui/client_list.py" line="128"/>
        <source>Search by name, phone, email or date of birth  (Ctrl+F)</source>
        <translation>Szukaj według nazwiska, telefonu, e-maila lub daty urodzenia  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="130"/>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="131"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Dodaj klienta (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="199"/>
        <source>No client matches “%1”.

Check the spelling, try part of the name or the phone number, or press Ctrl+N to add a new client.</source>
        <translation>Żaden klient nie pasuje do „%1”.

Sprawdź pisownię, wpisz część nazwiska lub numer telefonu albo naciśnij Ctrl+N, aby dodać nowego klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="207"/>
        <source>No clients yet.

Press Ctrl+N or “New client” to add the first one, or import your client list from a spreadsheet (File ▸ Import clients).</source>
        <translation>Nie ma jeszcze żadnych klientów.

Naciśnij Ctrl+N lub „Nowy klient”, aby dodać pierwszego, albo zaimportuj listę klientów z arkusza kalkulacyjnego (Plik ▸ Importuj klientów).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_list.py" line="212"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienci</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="214"/>
        <source>type at least 3 digits to search by phone</source>
        <translation>wpisz co najmniej 3 cyfry, aby szukać po numerze telefonu</translation>
    </message>
</context>
<context>
    <name>ClientRecordPane</name>
    <message>
        <location filename="../../ui/client_record.py" line="159"/>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="160"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="161"/>
        <source>Medical history</source>
        <translation>Wywiad medyczny</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="162"/>
        <source>Patch tests</source>
        <translation>Próby uczuleniowe</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="163"/>
        <source>Consultations</source>
        <translation>Konsultacje</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="164"/>
        <source>Treatment plans</source>
        <translation>Plany zabiegów</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="165"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="166"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="169"/>
        <source>Recent activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="170"/>
        <source>Contraindication warnings let through</source>
        <translation>Pominięte ostrzeżenia o przeciwwskazaniach</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="172"/>
        <source>Choose a client in the list and press Enter to open their record.</source>
        <translation>Wybierz klienta z listy i naciśnij Enter, aby otworzyć jego kartę.</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="218"/>
        <source>%1, born %2</source>
        <translation>%1, ur. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="219"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="362"/>
        <source>%1 — patch test: %2</source>
        <translation>%1 — próba uczuleniowa: %2</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="380"/>
        <source>Patch test</source>
        <translation>Próba uczuleniowa</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="386"/>
        <source>%1  %2, %3 — “%4” (%5)</source>
        <translation>%1  %2, %3 — „%4” (%5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="400"/>
        <source>Under 18 (%n year(s) old): check identity and parental consent before any treatment.</source>
        <translation>
            <numerusform>Osoba niepełnoletnia (%n rok): przed każdym zabiegiem sprawdź tożsamość i zgodę rodzica lub opiekuna.</numerusform>
            <numerusform>Osoba niepełnoletnia (%n lata): przed każdym zabiegiem sprawdź tożsamość i zgodę rodzica lub opiekuna.</numerusform>
            <numerusform>Osoba niepełnoletnia (%n lat): przed każdym zabiegiem sprawdź tożsamość i zgodę rodzica lub opiekuna.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="406"/>
        <source>No date of birth: age-restricted treatments cannot be checked.</source>
        <translation>Brak daty urodzenia: nie można sprawdzić zabiegów z ograniczeniem wiekowym.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="409"/>
        <source>%n other record(s) may be the same person.</source>
        <translation>
            <numerusform>%n inna karta może dotyczyć tej samej osoby.</numerusform>
            <numerusform>%n inne karty mogą dotyczyć tej samej osoby.</numerusform>
            <numerusform>%n innych kart może dotyczyć tej samej osoby.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="411"/>
        <source>No phone or email: the client cannot be reached.</source>
        <translation>Brak telefonu i e-maila: nie można skontaktować się z klientem.</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="412"/>
        <source>Allergies: %1</source>
        <translation>Alergie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="414"/>
        <source>The medical history has not been gone through with the client yet.</source>
        <translation>Wywiad medyczny nie został jeszcze omówiony z klientem.</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="417"/>
        <source>The medical history was last reviewed on %1: go through it again before treating.</source>
        <translation>Wywiad medyczny był ostatnio omawiany %1: omów go ponownie przed zabiegiem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="420"/>
        <source>%n contraindication warning(s) were let through with a reason.</source>
        <translation>
            <numerusform>%n ostrzeżenie o przeciwwskazaniu pominięto z uzasadnieniem.</numerusform>
            <numerusform>%n ostrzeżenia o przeciwwskazaniach pominięto z uzasadnieniem.</numerusform>
            <numerusform>%n ostrzeżeń o przeciwwskazaniach pominięto z uzasadnieniem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="431"/>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="432"/>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="433"/>
        <source>Intersex</source>
        <translation>Osoba interpłciowa</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="434"/>
        <source>Prefers not to say</source>
        <translation>Woli nie podawać</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="448"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="449"/>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="450"/>
        <source>Gender identity</source>
        <translation>Tożsamość płciowa</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="451"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="452"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="453"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="454"/>
        <source>Preferred language</source>
        <translation>Preferowany język</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="455"/>
        <source>How they found us</source>
        <translation>Skąd o nas wie</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="457"/>
        <source>Marketing</source>
        <translation>Zgoda marketingowa</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="458"/>
        <source>Agreed</source>
        <translation>Wyrażona</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="458"/>
        <source>Not agreed</source>
        <translation>Niewyrażona</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="460"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="461"/>
        <source>Client since</source>
        <translation>Klient od</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="472"/>
        <source>Record created</source>
        <translation>Utworzono kartę</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="473"/>
        <source>Record changed</source>
        <translation>Zmieniono kartę</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="474"/>
        <source>Record opened</source>
        <translation>Otwarto kartę</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="475"/>
        <source>Printed</source>
        <translation>Wydrukowano</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="476"/>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="477"/>
        <source>History entry added</source>
        <translation>Dodano wpis do wywiadu</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="478"/>
        <source>History entry changed</source>
        <translation>Zmieniono wpis w wywiadzie</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="479"/>
        <source>History entry removed</source>
        <translation>Usunięto wpis z wywiadu</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="480"/>
        <source>History reviewed with the client</source>
        <translation>Wywiad omówiony z klientem</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="481"/>
        <source>Contraindication warning let through</source>
        <translation>Ostrzeżenie o przeciwwskazaniu pominięte</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="482"/>
        <source>Patch test applied</source>
        <translation>Wykonano próbę uczuleniową</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="483"/>
        <source>Patch test read</source>
        <translation>Odczytano próbę uczuleniową</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="484"/>
        <source>Consultation started</source>
        <translation>Rozpoczęto konsultację</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="485"/>
        <source>Consultation finished</source>
        <translation>Zakończono konsultację</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="486"/>
        <source>Consultation amended</source>
        <translation>Poprawiono konsultację</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="487"/>
        <source>Draft consultation discarded</source>
        <translation>Odrzucono roboczą wersję konsultacji</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="488"/>
        <source>Treatment plan drafted</source>
        <translation>Utworzono roboczy plan zabiegów</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="489"/>
        <source>Client answered the health questionnaire</source>
        <translation>Klient wypełnił kwestionariusz zdrowotny</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="490"/>
        <source>Client&apos;s answers accepted into the history</source>
        <translation>Przyjęto odpowiedzi klienta do wywiadu</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="491"/>
        <source>Client&apos;s answers discarded</source>
        <translation>Odrzucono odpowiedzi klienta</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="496"/>
        <source>Imported from a client list</source>
        <translation>Zaimportowano z listy klientów</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="38"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="39"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="40"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="41"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="42"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
</context>
<context>
    <name>ClinicDeskError</name>
    <message>
        <location filename="../../cli.py" line="100"/>
        <source>No passphrase given: set CLINICDESK_PASSPHRASE or use --passphrase-stdin.</source>
        <translation>Nie podano hasła: ustaw zmienną CLINICDESK_PASSPHRASE lub użyj opcji --passphrase-stdin.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="150"/>
        <source>--clients must be at least 1.</source>
        <translation>Wartość --clients musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="221"/>
        <source>Verification found {count} problem(s).</source>
        <translation>Liczba problemów wykrytych podczas weryfikacji: {count}.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="245"/>
        <source>Self-test failed: {names}.</source>
        <translation>Autotest nie powiódł się: {names}.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="46"/>
        <source>The database {name} cannot be read: it is damaged or it does not belong to this vault. It has not been changed or deleted. Restore the data folder from a backup.</source>
        <translation>Nie można odczytać bazy danych {name}: jest uszkodzona lub nie należy do tego sejfu. Nie została zmieniona ani usunięta. Przywróć folder danych z kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="80"/>
        <source>The database file {name} is missing from the data folder. Restore the data folder from a backup; ClinicDesk will not create an empty one in its place.</source>
        <translation>W folderze danych brakuje pliku bazy danych {name}. Przywróć folder danych z kopii zapasowej; ClinicDesk nie utworzy w jego miejscu pustej bazy.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="54"/>
        <source>This data was saved by a newer version of ClinicDesk. Install the latest version to open it; nothing has been changed.</source>
        <translation>Te dane zostały zapisane przez nowszą wersję ClinicDesk. Zainstaluj najnowszą wersję, aby je otworzyć; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="96"/>
        <source>Could not save a copy of the database before upgrading it: {reason}. Nothing was changed.</source>
        <translation>Nie udało się zapisać kopii bazy danych przed jej aktualizacją: {reason}. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="108"/>
        <source>The copy taken before upgrading did not verify, so the upgrade was not started. Nothing was changed.</source>
        <translation>Kopia wykonana przed aktualizacją nie przeszła weryfikacji, więc aktualizacji nie rozpoczęto. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="91"/>
        <source>The given name is required.</source>
        <translation>Imię jest wymagane.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="98"/>
        <source>The family name is required.</source>
        <translation>Nazwisko jest wymagane.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="198"/>
        <location filename="../../services/catalogue.py" line="220"/>
        <location filename="../../services/client_fields.py" line="107"/>
        <location filename="../../services/clinic.py" line="72"/>
        <location filename="../../services/products.py" line="69"/>
        <source>This field holds at most {maximum} characters; it has {length}.</source>
        <translation>Maksymalna liczba znaków w tym polu: {maximum}; wpisano: {length}.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="120"/>
        <source>The date of birth is in the future.</source>
        <translation>Data urodzenia przypada w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="127"/>
        <source>The date of birth is before 1900.</source>
        <translation>Data urodzenia jest wcześniejsza niż 1900 r.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="134"/>
        <source>This is not an email address.</source>
        <translation>To nie jest adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="141"/>
        <source>Unknown value for sex.</source>
        <translation>Nieznana wartość płci.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="147"/>
        <location filename="../../services/clinic.py" line="93"/>
        <source>Unknown language.</source>
        <translation>Nieznany język.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="154"/>
        <source>The country is a two-letter code such as FR.</source>
        <translation>Kraj należy podać jako dwuliterowy kod, np. PL.</translation>
    </message>
    <message>
        <location filename="../../services/client_import.py" line="36"/>
        <source>{name} is larger than 200 MB; it cannot be a client list.</source>
        <translation>Plik {name} jest większy niż 200 MB; nie może to być lista klientów.</translation>
    </message>
    <message>
        <location filename="../../services/client_import.py" line="44"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>Nie można odczytać pliku {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="106"/>
        <source>This is not a phone number. Include the country code (for example +33) for a number from abroad.</source>
        <translation>To nie jest numer telefonu. W przypadku numeru zagranicznego podaj kod kraju (np. +49).</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="160"/>
        <source>The referring client no longer exists.</source>
        <translation>Klient polecający już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="189"/>
        <source>A client cannot refer themselves.</source>
        <translation>Klient nie może polecić sam siebie.</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="217"/>
        <source>This client record no longer exists.</source>
        <translation>Ta karta klienta już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../services/clinic.py" line="61"/>
        <location filename="../../services/practice.py" line="228"/>
        <source>The clinic&apos;s name is required.</source>
        <translation>Nazwa gabinetu jest wymagana.</translation>
    </message>
    <message>
        <location filename="../../services/clinic.py" line="83"/>
        <source>Review the history every {low} to {high} days.</source>
        <translation>Okres między kolejnymi omówieniami wywiadu musi wynosić od {low} do {high} dni.</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="70"/>
        <source>This file is not a text/CSV file. Save the client list from your spreadsheet as CSV and try again.</source>
        <translation>To nie jest plik tekstowy/CSV. Zapisz listę klientów z arkusza kalkulacyjnego w formacie CSV i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="144"/>
        <source>The characters in this file could not be recognised. Save it as CSV in UTF-8 and try again.</source>
        <translation>Nie udało się rozpoznać znaków w tym pliku. Zapisz go w formacie CSV z kodowaniem UTF-8 i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="336"/>
        <source>The file could not be read as CSV near line {line}.</source>
        <translation>Nie udało się odczytać pliku jako CSV w okolicy wiersza {line}.</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="386"/>
        <source>The file has no client rows.</source>
        <translation>Plik nie zawiera żadnych wierszy z klientami.</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="391"/>
        <source>No column holds the client&apos;s name. The first line must name the columns, for example &quot;First name&quot; and &quot;Last name&quot;, or &quot;Name&quot; (also &quot;Prénom&quot;/&quot;Nom&quot;, &quot;Imię&quot;/&quot;Nazwisko&quot;, &quot;姓名&quot;).</source>
        <translation>Żadna kolumna nie zawiera imienia i nazwiska klienta. Pierwszy wiersz musi zawierać nazwy kolumn, na przykład „Imię” i „Nazwisko” albo „Imię i nazwisko” (także „First name”/„Last name”, „Name”, „Prénom”/„Nom”, „姓名”).</translation>
    </message>
    <message>
        <location filename="../../services/integrity.py" line="58"/>
        <source>The database is older than the last change recorded for this vault: it may have been replaced by an older copy. Nothing was changed. Restore your most recent backup, and run &apos;clinicdesk verify&apos; for details.</source>
        <translation>Baza danych jest starsza niż ostatnia zmiana zarejestrowana dla tego sejfu: mogła zostać zastąpiona starszą kopią. Niczego nie zmieniono. Przywróć najnowszą kopię zapasową i uruchom „clinicdesk verify”, aby uzyskać szczegóły.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="74"/>
        <source>ClinicDesk is locked; unlock it and try again.</source>
        <translation>ClinicDesk jest zablokowany; odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="168"/>
        <location filename="../../vault/blobs.py" line="112"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Dysk jest pełny. Niczego nie zapisano; zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="174"/>
        <source>The database refused the change ({reason}).</source>
        <translation>Baza danych odrzuciła zmianę ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="200"/>
        <source>The data folder {folder} cannot be created: {reason}</source>
        <translation>Nie można utworzyć folderu danych {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="233"/>
        <source>Your name is required.</source>
        <translation>Imię i nazwisko użytkownika jest wymagane.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="243"/>
        <source>The data folder holds a database without its vault header. It was left as it is; restore the folder from a backup or choose another folder.</source>
        <translation>Folder danych zawiera bazę danych bez nagłówka sejfu. Pozostawiono go bez zmian; przywróć folder z kopii zapasowej lub wybierz inny folder.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="308"/>
        <source>The key is not remembered on this computer.</source>
        <translation>Klucz nie jest zapamiętany na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="59"/>
        <source>The vault header (vault.json) in the data folder is damaged and its previous copy too. Your passphrase is not the problem. Restore the data folder from a backup; nothing has been changed or deleted.</source>
        <translation>Nagłówek sejfu (vault.json) w folderze danych jest uszkodzony, podobnie jak jego poprzednia kopia. Problem nie dotyczy hasła. Przywróć folder danych z kopii zapasowej; niczego nie zmieniono ani nie usunięto.</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="72"/>
        <source>There is no ClinicDesk vault in {folder}.</source>
        <translation>W folderze {folder} nie ma sejfu ClinicDesk.</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="83"/>
        <source>This vault was made by a newer ClinicDesk. Install the latest version.</source>
        <translation>Ten sejf został utworzony w nowszej wersji ClinicDesk. Zainstaluj najnowszą wersję.</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="117"/>
        <source>Could not write {name}: {reason}. Nothing was changed.</source>
        <translation>Nie udało się zapisać pliku {name}: {reason}. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../vault/lock.py" line="25"/>
        <source>ClinicDesk is already open on this data folder. Close the other window first.</source>
        <translation>ClinicDesk jest już otwarty w tym folderze danych. Najpierw zamknij drugie okno.</translation>
    </message>
    <message>
        <location filename="../../vault/lock.py" line="32"/>
        <source>The data folder cannot be written to: {reason}</source>
        <translation>Nie można zapisywać w folderze danych: {reason}</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="56"/>
        <source>A ClinicDesk vault already exists in {folder}.</source>
        <translation>W folderze {folder} istnieje już sejf ClinicDesk.</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="101"/>
        <source>A recovery key has 24 letters and digits in six groups of four. Check what you typed against the Recovery Sheet.</source>
        <translation>Klucz odzyskiwania składa się z 24 liter i cyfr w sześciu grupach po cztery. Porównaj wpisany tekst z arkuszem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="124"/>
        <source>That passphrase is not correct.</source>
        <translation>To hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="127"/>
        <source>That recovery key does not open this vault.</source>
        <translation>Ten klucz odzyskiwania nie otwiera tego sejfu.</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="217"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Minimalna liczba znaków hasła: {count}.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="151"/>
        <location filename="../../services/catalogue.py" line="160"/>
        <source>This treatment is not in the catalogue.</source>
        <translation>Tego zabiegu nie ma w katalogu.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="192"/>
        <source>The treatment needs a name.</source>
        <translation>Zabieg musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="241"/>
        <source>Patch-test times cannot be negative.</source>
        <translation>Czasy próby uczuleniowej nie mogą być ujemne.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="246"/>
        <source>Patch-test times are at most {hours} hours before the treatment and {days} days of validity.</source>
        <translation>Próbę uczuleniową można wykonać najwyżej {hours} godz. przed zabiegiem, a jej ważność może wynosić najwyżej {days} dni.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="257"/>
        <source>A required patch test needs time to be read: at least one hour before the treatment.</source>
        <translation>Wymagana próba uczuleniowa potrzebuje czasu na odczyt: należy ją wykonać co najmniej godzinę przed zabiegiem.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="272"/>
        <source>A treatment that requires consent needs a consent template.</source>
        <translation>Zabieg wymagający zgody musi mieć wzór formularza zgody.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="279"/>
        <source>A consent template is named by its code: lower-case letters, digits and underscores, e.g. chemical_peel.</source>
        <translation>Wzór zgody wskazuje się za pomocą jego kodu: małe litery, cyfry i podkreślenia, np. chemical_peel.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="330"/>
        <source>A service lasts {minimum} to {maximum} minutes.</source>
        <translation>Usługa może trwać od {minimum} do {maximum} minut.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="337"/>
        <location filename="../../services/plans.py" line="198"/>
        <source>A price cannot be negative.</source>
        <translation>Cena nie może być ujemna.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="341"/>
        <location filename="../../services/plans.py" line="202"/>
        <source>This price is too high.</source>
        <translation>Ta cena jest zbyt wysoka.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="346"/>
        <location filename="../../services/plans.py" line="190"/>
        <source>Prices are in the practice&apos;s currency, {currency}.</source>
        <translation>Ceny podaje się w walucie gabinetu: {currency}.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="384"/>
        <source>This service is not in the catalogue.</source>
        <translation>Tej usługi nie ma w katalogu.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="80"/>
        <source>Unknown history section.</source>
        <translation>Nieznana sekcja wywiadu.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="83"/>
        <location filename="../../ui/history_item_dialog.py" line="421"/>
        <source>Choose an entry from the list or describe it.</source>
        <translation>Wybierz pozycję z listy lub ją opisz.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="87"/>
        <source>Unknown history code.</source>
        <translation>Nieznany kod wywiadu.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="94"/>
        <location filename="../../services/history.py" line="90"/>
        <location filename="../../services/photos.py" line="139"/>
        <location filename="../../services/plans.py" line="157"/>
        <location filename="../../services/session_changes.py" line="97"/>
        <location filename="../../ui/history_item_dialog.py" line="433"/>
        <source>This text is {length} characters long; at most {limit} fit. Shorten it or put the rest in the client&apos;s notes.</source>
        <translation>Ten tekst ma {length} znaków; mieści się najwyżej {limit}. Skróć go albo przenieś resztę do notatek klienta.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="160"/>
        <source>This consultation no longer exists.</source>
        <translation>Ta konsultacja już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="168"/>
        <source>This consultation is final: it cannot be changed, only amended with a reason.</source>
        <translation>Ta konsultacja jest zamknięta: nie można jej zmienić, można jedynie wprowadzić poprawkę z podaniem powodu.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="292"/>
        <source>Write why the client came.</source>
        <translation>Wpisz powód wizyty klienta.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="296"/>
        <source>The client&apos;s consent to keep their health data is needed to finalise the consultation: without it the clinic cannot keep their record.</source>
        <translation>Do zamknięcia konsultacji potrzebna jest zgoda klienta na przechowywanie danych o jego zdrowiu: bez niej gabinet nie może prowadzić jego karty.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="314"/>
        <source>A planned treatment is ruled out by the client&apos;s history, or needs a reason recorded before it can be planned. Take it out of the plan or record the reason on the screening page.</source>
        <translation>Jeden z planowanych zabiegów jest wykluczony ze względu na wywiad klienta albo przed zaplanowaniem wymaga zapisania uzasadnienia. Usuń go z planu lub zapisz uzasadnienie na stronie oceny przeciwwskazań.</translation>
    </message>
    <message>
        <location filename="../../services/reasons.py" line="13"/>
        <source>Write why this is corrected (at least {minimum} characters).</source>
        <translation>Napisz, dlaczego wprowadzasz tę poprawkę (co najmniej {minimum} znaków).</translation>
    </message>
    <message>
        <location filename="../../services/reasons.py" line="16"/>
        <source>This reason is {length} characters long; at most {maximum} fit. Keep it to the point.</source>
        <translation>Ten powód ma {length} znaków; mieści się najwyżej {maximum}. Napisz go zwięźlej.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="367"/>
        <source>The new text is the same as the current one.</source>
        <translation>Nowy tekst jest taki sam jak obecny.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="102"/>
        <source>The date {date} is not possible here: it must be between 1900 and today.</source>
        <translation>Data {date} jest tu niemożliwa: musi przypadać między rokiem 1900 a dniem dzisiejszym.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="111"/>
        <source>The end date is before the start date.</source>
        <translation>Data zakończenia jest wcześniejsza niż data rozpoczęcia.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="212"/>
        <source>This history entry no longer exists.</source>
        <translation>Ten wpis wywiadu już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="53"/>
        <source>Name the product that was tested.</source>
        <translation>Podaj nazwę testowanego produktu.</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="58"/>
        <source>A patch test cannot be recorded before it is applied.</source>
        <translation>Nie można zapisać próby uczuleniowej przed jej wykonaniem.</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="98"/>
        <source>This patch test no longer exists.</source>
        <translation>Ta próba uczuleniowa już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="102"/>
        <source>The reading time must be after the test was applied and not in the future.</source>
        <translation>Czas odczytu musi przypadać po wykonaniu próby i nie może być w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="189"/>
        <source>This contraindication is absolute: the treatment cannot go ahead, whatever the reason.</source>
        <translation>To przeciwwskazanie jest bezwzględne: zabiegu nie można wykonać bez względu na powód.</translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="198"/>
        <source>Write why the treatment can go ahead despite this warning ({minimum} to {maximum} characters).</source>
        <translation>Napisz, dlaczego zabieg może się odbyć mimo tego ostrzeżenia (od {minimum} do {maximum} znaków).</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="47"/>
        <source>One answer cannot be kept as it is (a date that does not exist or is in the future, or a text that is too long). Check the highlighted question.</source>
        <translation>Jednej z odpowiedzi nie można zapisać w tej postaci (data nie istnieje lub przypada w przyszłości albo tekst jest za długi). Prosimy sprawdzić wyróżnione pytanie.</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="155"/>
        <source>These answers were already reviewed.</source>
        <translation>Te odpowiedzi zostały już przejrzane.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="127"/>
        <location filename="../../services/sessions.py" line="409"/>
        <source>This service is not one of the treatment&apos;s services.</source>
        <translation>Ta usługa nie należy do usług tego zabiegu.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="134"/>
        <source>A plan has between 1 and {maximum} sessions of a treatment.</source>
        <translation>Plan może obejmować od 1 do {maximum} sesji danego zabiegu.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="144"/>
        <source>Sessions are between 1 and {maximum} days apart.</source>
        <translation>Odstęp między sesjami może wynosić od 1 do {maximum} dni.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="169"/>
        <source>The client agreed to this plan: write why it changes (at least {minimum} characters).</source>
        <translation>Ten plan został uzgodniony z klientem: napisz, dlaczego go zmieniasz (co najmniej {minimum} znaków).</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="173"/>
        <source>Write why the plan is stopped (at least {minimum} characters).</source>
        <translation>Napisz, dlaczego plan zostaje przerwany (co najmniej {minimum} znaków).</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="176"/>
        <source>A plan needs at least one session.</source>
        <translation>Plan musi obejmować co najmniej jedną sesję.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="177"/>
        <source>This plan is completed or stopped: it can no longer be changed.</source>
        <translation>Ten plan jest zakończony lub przerwany: nie można go już zmienić.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="251"/>
        <location filename="../../services/sessions.py" line="378"/>
        <source>This treatment plan no longer exists.</source>
        <translation>Ten plan zabiegów już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="100"/>
        <source>A treatment in this plan is ruled out by the client&apos;s history (an absolute contraindication). Take it out of the plan before agreeing it.</source>
        <translation>Jeden z zabiegów w tym planie jest wykluczony ze względu na wywiad klienta (przeciwwskazanie bezwzględne). Usuń go z planu, zanim uzgodnisz plan z klientem.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="194"/>
        <source>This plan changed meanwhile; open it again and retry.</source>
        <translation>Ten plan został w międzyczasie zmieniony; otwórz go ponownie i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="221"/>
        <source>Nothing in the plan was changed.</source>
        <translation>W planie niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="264"/>
        <source>This treatment is no longer in the plan.</source>
        <translation>Tego zabiegu nie ma już w planie.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="268"/>
        <source>This treatment has sessions 1 to {sessions} planned.</source>
        <translation>Dla tego zabiegu zaplanowano sesje od 1 do {sessions}.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="284"/>
        <source>The session is already planned on this day.</source>
        <translation>Ta sesja jest już zaplanowana na ten dzień.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="316"/>
        <source>Only a draft plan can be agreed with the client.</source>
        <translation>Z klientem można uzgodnić tylko plan roboczy.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="321"/>
        <source>Only a plan agreed with the client can be started.</source>
        <translation>Rozpocząć można tylko plan uzgodniony z klientem.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="326"/>
        <source>Only a plan in progress can be completed.</source>
        <translation>Zakończyć można tylko plan, który jest w trakcie realizacji.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="65"/>
        <source>Name the product.</source>
        <translation>Podaj nazwę produktu.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="82"/>
        <source>The usual largest quantity must be more than 0.</source>
        <translation>Typowa maksymalna ilość musi być większa od 0.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="128"/>
        <source>This product no longer exists.</source>
        <translation>Ten produkt już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../services/batch_recalls.py" line="61"/>
        <location filename="../../services/products.py" line="155"/>
        <source>Type the batch (lot) number as printed on the box.</source>
        <translation>Wpisz numer partii tak, jak jest wydrukowany na opakowaniu.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="162"/>
        <source>A batch cannot arrive in the future.</source>
        <translation>Data przyjęcia partii nie może przypadać w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="174"/>
        <source>This batch is already recorded.</source>
        <translation>Ta partia jest już zapisana.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="212"/>
        <source>This batch no longer exists.</source>
        <translation>Ta partia już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="215"/>
        <source>Batch {lot} expired on {expiry}: it cannot be used. Choose another batch.</source>
        <translation>Termin ważności partii {lot} upłynął {expiry}: nie można jej użyć. Wybierz inną partię.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="234"/>
        <location filename="../../services/session_changes.py" line="243"/>
        <source>Type a quantity more than 0, for example 20 or 0.5.</source>
        <translation>Wpisz ilość większą od 0, na przykład 20 lub 0,5.</translation>
    </message>
    <message>
        <source>Comfort is a whole number from 0 (none) to {maximum} (worst imaginable), or the client&apos;s own words.</source>
        <translation type="vanished">Komfort to liczba całkowita od 0 (brak dyskomfortu) do {maximum} (najgorszy możliwy) albo słowa klienta.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="126"/>
        <source>Discomfort is a whole number from 0 (none) to {maximum} (worst imaginable), or the client&apos;s own words.</source>
        <translation>Dyskomfort to liczba całkowita od 0 (brak) do {maximum} (najgorszy możliwy) albo słowa klienta.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="150"/>
        <source>At most {maximum} areas can be drawn.</source>
        <translation>Można narysować najwyżej {maximum} obszarów.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="158"/>
        <source>{parameter} is not recorded for this treatment.</source>
        <translation>{parameter} nie jest zapisywany dla tego zabiegu.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="161"/>
        <source>{parameter}: type a number.</source>
        <translation>{parameter}: wpisz liczbę.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="162"/>
        <source>{parameter}: choose one of the values offered.</source>
        <translation>{parameter}: wybierz jedną z podanych wartości.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="166"/>
        <source>{parameter} must be from {minimum} to {maximum}{unit}.</source>
        <translation>{parameter} musi mieścić się w zakresie od {minimum} do {maximum}{unit}.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="169"/>
        <source>{parameter} goes in steps of {step}{unit}, from {minimum}.</source>
        <translation>{parameter} ustawia się co {step}{unit}, począwszy od {minimum}.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="206"/>
        <source>At most {maximum} areas can be listed.</source>
        <translation>Można podać najwyżej {maximum} obszarów.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="224"/>
        <source>The next visit cannot be before this one.</source>
        <translation>Następna wizyta nie może być wcześniejsza niż ta.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="251"/>
        <source>{quantity} {unit} is far more than one session can use: check the quantity.</source>
        <translation>{quantity} {unit} to znacznie więcej, niż można zużyć podczas jednego zabiegu: sprawdź ilość.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="262"/>
        <source>A quantity is recorded to at most 3 decimal places.</source>
        <translation>Ilość zapisuje się z dokładnością do najwyżej 3 miejsc po przecinku.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="287"/>
        <source>Choose the unit from the list.</source>
        <translation>Wybierz jednostkę z listy.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="311"/>
        <source>This session is signed off: it cannot be changed, only amended with a reason.</source>
        <translation>Ten zabieg jest zatwierdzony: nie można go zmienić, można tylko wprowadzić poprawkę z podaniem powodu.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="369"/>
        <source>Some quantities are above the product&apos;s usual largest quantity ({count} in all). Check them and confirm that they are right.</source>
        <translation>Niektóre ilości przekraczają zwykłą największą ilość produktu (łącznie {count}). Sprawdź je i potwierdź, że są prawidłowe.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="531"/>
        <source>The new value is the same as the current one.</source>
        <translation>Nowa wartość jest taka sama jak obecna.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="561"/>
        <source>Choose how severe it was.</source>
        <translation>Wybierz, jak poważne to było.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="573"/>
        <source>Describe what happened.</source>
        <translation>Opisz, co się stało.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="585"/>
        <source>An adverse event is recorded between the day of the session and now.</source>
        <translation>Zdarzenie niepożądane zapisuje się z datą między dniem zabiegu a chwilą obecną.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="217"/>
        <source>This session no longer exists.</source>
        <translation>Ten zabieg już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="351"/>
        <source>A session cannot be recorded in the future. Check the date and time.</source>
        <translation>Nie można zapisać zabiegu w przyszłości. Sprawdź datę i godzinę.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="359"/>
        <source>This date is before the client was born ({born}). Check the date.</source>
        <translation>Ta data jest wcześniejsza niż data urodzenia klienta ({born}). Sprawdź datę.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="462"/>
        <source>The client&apos;s history rules this treatment out: it cannot go ahead.</source>
        <translation>Wywiad klienta wyklucza ten zabieg: nie może zostać wykonany.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="470"/>
        <source>The screening found a reason not to treat. Record why the treatment can go ahead today, or do not treat.</source>
        <translation>Ocena przeciwwskazań wykazała powód, by nie wykonywać zabiegu. Zapisz uzasadnienie, dlaczego zabieg może się dziś odbyć, albo go nie wykonuj.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_export.py" line="46"/>
        <source>The last day comes before the first.</source>
        <translation>Ostatni dzień przypada przed pierwszym.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_export.py" line="51"/>
        <source>Export at most {days} days of planned sessions at once.</source>
        <translation>Jednorazowo można wyeksportować zaplanowane sesje z najwyżej {days} dni.</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="275"/>
        <source>This follow-up is no longer in the recall rules.</source>
        <translation>Tego przypomnienia nie ma już w regułach przypomnień.</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="287"/>
        <source>This note is {length} characters long; at most {limit} fit.</source>
        <translation>Ta notatka ma {length} znaków; mieści się najwyżej {limit}.</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="336"/>
        <source>Choose how the contact went.</source>
        <translation>Wybierz wynik kontaktu.</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="345"/>
        <source>A contact is recorded between the day of the treatment and now.</source>
        <translation>Kontakt zapisuje się z datą między dniem zabiegu a chwilą obecną.</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="354"/>
        <source>The client had no signed-off treatment of this kind on that day.</source>
        <translation>Tego dnia klient nie miał zatwierdzonego zabiegu tego rodzaju.</translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="46"/>
        <source>The client&apos;s photo consent does not allow this use of {count} of the photos.</source>
        <translation>Zgoda klienta na wykorzystanie zdjęć nie obejmuje tego celu w przypadku części zdjęć (liczba: {count}).</translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="58"/>
        <source>The client agreed to anonymised teaching only: crop the photos or blur the eyes before exporting them for teaching.</source>
        <translation>Klient zgodził się na wykorzystanie zdjęć w materiałach szkoleniowych wyłącznie po anonimizacji: przed eksportem w celach szkoleniowych przytnij zdjęcia lub rozmyj oczy.</translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="82"/>
        <location filename="../../services/photos.py" line="200"/>
        <source>This photo no longer exists.</source>
        <translation>To zdjęcie już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="115"/>
        <source>{file} is not a photo ClinicDesk can import (JPEG, PNG, WebP, HEIC).</source>
        <translation>Plik {file} nie jest zdjęciem, które ClinicDesk może zaimportować (JPEG, PNG, WebP, HEIC).</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="125"/>
        <source>{file} is larger than {limit} megapixels. Export a smaller copy and import that.</source>
        <translation>Plik {file} ma więcej niż {limit} megapikseli. Wyeksportuj mniejszą kopię zdjęcia i zaimportuj ją.</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="136"/>
        <location filename="../../ui/photo_import_dialog_work.py" line="27"/>
        <source>{file} is larger than {limit} MB, more than any photo needs.</source>
        <translation>Plik {file} jest większy niż {limit} MB, a żadne zdjęcie nie potrzebuje aż tyle.</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="146"/>
        <source>{file} is damaged or incomplete, so it cannot be read.</source>
        <translation>Plik {file} jest uszkodzony lub niekompletny, więc nie można go odczytać.</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="296"/>
        <source>{file} is already among this client&apos;s photos.</source>
        <translation>Plik {file} jest już wśród zdjęć tego klienta.</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="129"/>
        <source>Choose the body area from the list.</source>
        <translation>Wybierz obszar ciała z listy.</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="134"/>
        <source>Choose the view from the list.</source>
        <translation>Wybierz ujęcie z listy.</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="155"/>
        <source>The client&apos;s photo consent does not cover every use chosen for this photo.</source>
        <translation>Zgoda klienta na wykorzystanie zdjęć nie obejmuje wszystkich celów wybranych dla tego zdjęcia.</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="177"/>
        <source>This session is not one of this client&apos;s.</source>
        <translation>Ten zabieg nie należy do tego klienta.</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="346"/>
        <source>The photo was erased from the client&apos;s record, but its encrypted files could not be removed from {folder}: {reason}. They are removed at the next clean-up.</source>
        <translation>Zdjęcie usunięto z karty klienta, ale nie udało się usunąć jego zaszyfrowanych plików z folderu {folder}: {reason}. Zostaną usunięte przy następnym porządkowaniu.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_work.py" line="37"/>
        <source>{file} cannot be opened: {reason}.</source>
        <translation>Nie można otworzyć pliku {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="118"/>
        <source>ClinicDesk cannot write in {folder}: {reason}. Nothing was saved.</source>
        <translation>ClinicDesk nie może zapisywać w folderze {folder}: {reason}. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="128"/>
        <source>The stored file {name} is missing from the data folder. Restore the folder from a backup; &apos;clinicdesk verify&apos; lists every file affected.</source>
        <translation>W folderze danych brakuje przechowywanego pliku {name}. Przywróć folder z kopii zapasowej; polecenie „clinicdesk verify” wyświetla listę wszystkich plików, których to dotyczy.</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="139"/>
        <source>The stored file {name} is damaged or was altered, so it cannot be opened. Restore the folder from a backup; &apos;clinicdesk verify&apos; lists every file affected.</source>
        <translation>Przechowywany plik {name} jest uszkodzony lub został zmieniony, więc nie można go otworzyć. Przywróć folder z kopii zapasowej; polecenie „clinicdesk verify” wyświetla listę wszystkich plików, których to dotyczy.</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="248"/>
        <source>The stored file {name} could not be read from disk.</source>
        <translation>Nie udało się odczytać z dysku przechowywanego pliku {name}.</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="110"/>
        <source>Your clinic</source>
        <translation>Dane gabinetu</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="111"/>
        <source>These details appear on consent forms and other printouts.</source>
        <translation>Te dane pojawią się na formularzach zgody i innych wydrukach.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="115"/>
        <source>Clinic name *</source>
        <translation>Nazwa gabinetu *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="116"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="117"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="118"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="119"/>
        <source>Your name *</source>
        <translation>Imię i nazwisko użytkownika *</translation>
    </message>
</context>
<context>
    <name>CodeNames</name>
    <message>
        <location filename="../../ui/code_names.py" line="18"/>
        <source>Conditions</source>
        <translation>Schorzenia</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="19"/>
        <source>Current medication</source>
        <translation>Przyjmowane leki</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="20"/>
        <source>Allergies</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="21"/>
        <source>Pregnancy</source>
        <translation>Ciąża i karmienie piersią</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="22"/>
        <source>Implants and devices</source>
        <translation>Implanty i urządzenia medyczne</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="23"/>
        <source>Skin conditions</source>
        <translation>Choroby skóry</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="24"/>
        <source>Previous aesthetic treatments</source>
        <translation>Wcześniejsze zabiegi estetyczne</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="25"/>
        <source>Surgery</source>
        <translation>Operacje</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="26"/>
        <source>Lifestyle</source>
        <translation>Styl życia</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="27"/>
        <source>Fitzpatrick skin type</source>
        <translation>Fototyp skóry wg Fitzpatricka</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="28"/>
        <source>Skin type</source>
        <translation>Typ skóry</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="29"/>
        <source>Concerns</source>
        <translation>Problemy estetyczne</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="30"/>
        <source>Identity check</source>
        <translation>Weryfikacja tożsamości</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="34"/>
        <source>Pregnant</source>
        <translation>Ciąża</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="35"/>
        <source>Breastfeeding</source>
        <translation>Karmienie piersią</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="36"/>
        <source>Trying to conceive</source>
        <translation>Staranie się o dziecko</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="37"/>
        <source>Pacemaker</source>
        <translation>Rozrusznik serca</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="38"/>
        <source>Implanted defibrillator (ICD)</source>
        <translation>Wszczepiony kardiowerter-defibrylator (ICD)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="39"/>
        <source>Metal implant</source>
        <translation>Implant metalowy</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="40"/>
        <source>Permanent filler</source>
        <translation>Trwały wypełniacz</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="41"/>
        <source>Keloid or raised scarring tendency</source>
        <translation>Skłonność do bliznowców lub blizn przerostowych</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="42"/>
        <source>Cold sores (herpes simplex)</source>
        <translation>Opryszczka wargowa (herpes simplex)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="43"/>
        <source>Active skin infection</source>
        <translation>Aktywne zakażenie skóry</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="44"/>
        <source>Eczema</source>
        <translation>Wyprysk (egzema)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="45"/>
        <source>Psoriasis</source>
        <translation>Łuszczyca</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="46"/>
        <source>Rosacea</source>
        <translation>Trądzik różowaty</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="47"/>
        <source>Active acne</source>
        <translation>Aktywny trądzik</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="48"/>
        <source>Vitiligo</source>
        <translation>Bielactwo nabyte</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="49"/>
        <source>Diabetes</source>
        <translation>Cukrzyca</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="50"/>
        <source>Epilepsy</source>
        <translation>Padaczka</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="51"/>
        <source>Autoimmune disease</source>
        <translation>Choroba autoimmunologiczna</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="52"/>
        <source>Bleeding disorder</source>
        <translation>Zaburzenia krzepnięcia krwi</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="53"/>
        <source>Neuromuscular disorder (e.g. myasthenia gravis)</source>
        <translation>Choroba nerwowo-mięśniowa (np. miastenia)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="56"/>
        <source>Cancer or cancer treatment</source>
        <translation>Nowotwór lub leczenie onkologiczne</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="57"/>
        <source>Photosensitivity disorder</source>
        <translation>Nadwrażliwość na światło (fotodermatoza)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="58"/>
        <source>Recent surgery in the treatment area</source>
        <translation>Niedawna operacja w okolicy zabiegowej</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="59"/>
        <source>Tendency to darker marks after injury (hyperpigmentation)</source>
        <translation>Skłonność do ciemnych przebarwień po urazach (hiperpigmentacja)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="62"/>
        <source>Allergy to a product ingredient</source>
        <translation>Alergia na składnik preparatu</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="65"/>
        <source>Recent sun tan</source>
        <translation>Świeża opalenizna</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="69"/>
        <source>Isotretinoin</source>
        <translation>Izotretynoina</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="70"/>
        <source>Other retinoids</source>
        <translation>Inne retinoidy</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="71"/>
        <source>Anticoagulants</source>
        <translation>Leki przeciwzakrzepowe</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="72"/>
        <source>Antiplatelet drugs</source>
        <translation>Leki przeciwpłytkowe</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="73"/>
        <source>Photosensitising drugs</source>
        <translation>Leki fotouczulające</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="74"/>
        <source>Immunosuppressants</source>
        <translation>Leki immunosupresyjne</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="75"/>
        <source>Antibiotics</source>
        <translation>Antybiotyki</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="76"/>
        <source>Corticosteroids</source>
        <translation>Kortykosteroidy</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="81"/>
        <source>Normal</source>
        <translation>Normalna</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="82"/>
        <source>Dry</source>
        <translation>Sucha</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="83"/>
        <source>Oily</source>
        <translation>Tłusta</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="84"/>
        <source>Combination</source>
        <translation>Mieszana</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="85"/>
        <source>Sensitive</source>
        <translation>Wrażliwa</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="86"/>
        <source>Smoker</source>
        <translation>Palenie tytoniu</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="87"/>
        <source>Frequent sun exposure</source>
        <translation>Częsta ekspozycja na słońce</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="88"/>
        <source>Uses sunbeds</source>
        <translation>Korzystanie z solarium</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="89"/>
        <source>Uses self-tan</source>
        <translation>Stosowanie samoopalacza</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="90"/>
        <source>Not pregnant</source>
        <translation>Brak ciąży</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="94"/>
        <source>Type I: always burns, never tans</source>
        <translation>Typ I: zawsze ulega oparzeniom, nigdy się nie opala</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="95"/>
        <source>Type II: usually burns, tans minimally</source>
        <translation>Typ II: zwykle ulega oparzeniom, opala się minimalnie</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="96"/>
        <source>Type III: sometimes burns, tans gradually</source>
        <translation>Typ III: czasem ulega oparzeniom, opala się stopniowo</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="97"/>
        <source>Type IV: rarely burns, tans easily</source>
        <translation>Typ IV: rzadko ulega oparzeniom, łatwo się opala</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="98"/>
        <source>Type V: very rarely burns, tans darkly</source>
        <translation>Typ V: bardzo rzadko ulega oparzeniom, opala się na ciemno</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="99"/>
        <source>Type VI: never burns, deeply pigmented</source>
        <translation>Typ VI: nigdy nie ulega oparzeniom, skóra silnie pigmentowana</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="103"/>
        <source>Mild</source>
        <translation>Łagodne</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="104"/>
        <source>Moderate</source>
        <translation>Umiarkowane</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="105"/>
        <source>Severe</source>
        <translation>Silne</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="109"/>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="110"/>
        <source>Client (self-reported)</source>
        <translation>Klient (deklaracja własna)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="111"/>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="114"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/photo_compare_keys.py" line="130"/>
        <source>Photo B cannot be moved, scaled or turned any further.</source>
        <translation>Zdjęcia B nie można już bardziej przesunąć, przeskalować ani obrócić.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="78"/>
        <source>Photos compared</source>
        <translation>Porównywane zdjęcia</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="246"/>
        <source>That is the first point again: choose the second one.</source>
        <translation>To ponownie pierwszy punkt: wybierz drugi.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="257"/>
        <source>These points would make one photo more than ten times the size of the other. Choose them again.</source>
        <translation>Przy tych punktach jedno zdjęcie byłoby ponad dziesięć razy większe od drugiego. Wybierz je ponownie.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/photo_comparison.py" line="107"/>
        <source>Compare photos</source>
        <translation>Porównanie zdjęć</translation>
    </message>
    <message>
        <source>&amp;Area and view:</source>
        <translation type="vanished">&amp;Obszar i ujęcie:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="108"/>
        <source>Area and &amp;view:</source>
        <translation>&amp;Obszar i ujęcie:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="109"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="111"/>
        <source>Save the photos side by side as a JPEG or PDF, for a use their consent allows</source>
        <translation>Zapisz zdjęcia obok siebie jako plik JPEG lub PDF, w celu dozwolonym przez zgodę klienta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_comparison.py" line="136"/>
        <source>%1 (%n photo(s))</source>
        <translation>
            <numerusform>%1 (%n zdjęcie)</numerusform>
            <numerusform>%1 (%n zdjęcia)</numerusform>
            <numerusform>%1 (%n zdjęć)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="152"/>
        <source>%1 · no session</source>
        <translation>%1 · bez zabiegu</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="153"/>
        <source>%1 · session %2</source>
        <translation>%1 · zabieg nr %2</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="179"/>
        <source>There is only one photo of this area and view: import another one, taken on another day, to compare them.</source>
        <translation>Jest tylko jedno zdjęcie tego obszaru i ujęcia: aby porównywać, zaimportuj kolejne, zrobione innego dnia.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="204"/>
        <source>This is the first photo of this area and view.</source>
        <translation>To pierwsze zdjęcie tego obszaru i ujęcia.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="206"/>
        <source>This is the latest photo of this area and view.</source>
        <translation>To najnowsze zdjęcie tego obszaru i ujęcia.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="235"/>
        <source>This alignment moves the photos too far apart to be kept: it is shown but not saved.</source>
        <translation>To wyrównanie przesuwa zdjęcia zbyt daleko względem siebie, by można je było zachować: jest widoczne, ale nie zostanie zapisane.</translation>
    </message>
</context>
<context>
    <name>ConfirmRecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="212"/>
        <source>Check the recovery key</source>
        <translation>Sprawdzenie klucza odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="214"/>
        <source>To be sure it was written down correctly, type two groups of it from paper.</source>
        <translation>Aby upewnić się, że klucz został poprawnie zapisany, przepisz z kartki dwie jego grupy.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="217"/>
        <source>Group %1</source>
        <translation>Grupa %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="205"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="206"/>
        <source>Ask the client; tick only what they agree to.</source>
        <translation>Zapytaj klienta; zaznacz tylko to, na co wyraża zgodę.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="209"/>
        <source>The client agrees that the clinic keeps their health information and treatment records to treat them safely (required)</source>
        <translation>Klient wyraża zgodę na przechowywanie przez gabinet informacji o jego zdrowiu i dokumentacji zabiegów w celu bezpiecznego wykonywania zabiegów (wymagane)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="213"/>
        <source>Photos may be used for:</source>
        <translation>Zdjęcia mogą być wykorzystane:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="214"/>
        <source>The clinical record only</source>
        <translation>Wyłącznie w dokumentacji klinicznej</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="215"/>
        <source>Anonymised teaching and training</source>
        <translation>W zanonimizowanych materiałach szkoleniowych i dydaktycznych</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="217"/>
        <source>Marketing: website, social media, brochures (the face may be recognisable)</source>
        <translation>W marketingu: strona internetowa, media społecznościowe, broszury (twarz może być rozpoznawalna)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="221"/>
        <source>Finishing makes the consultation final: afterwards it can only be amended, with a reason. The recommendation becomes a draft treatment plan.</source>
        <translation>Zakończenie zamyka konsultację: później można ją już tylko poprawić, podając powód. Zalecenia stają się roboczym planem zabiegów.</translation>
    </message>
</context>
<context>
    <name>ConsultationDocuments</name>
    <message>
        <location filename="../../ui/consultation_documents.py" line="44"/>
        <source>Reason for the visit</source>
        <translation>Powód wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="45"/>
        <source>Concerns</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="46"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="47"/>
        <source>Expectation agreed</source>
        <translation>Uzgodnione oczekiwania</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="48"/>
        <source>Timeframe</source>
        <translation>Ramy czasowe</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="49"/>
        <source>Lifestyle</source>
        <translation>Styl życia</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="50"/>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="51"/>
        <source>Skin assessment</source>
        <translation>Ocena skóry</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="52"/>
        <location filename="../../ui/consultation_documents.py" line="67"/>
        <source>Recommendation</source>
        <translation>Zalecenia</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="53"/>
        <source>Agreed next steps</source>
        <translation>Uzgodnione dalsze kroki</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="54"/>
        <source>Photo consent</source>
        <translation>Zgoda na wykorzystanie zdjęć</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="57"/>
        <source>Why the client came</source>
        <translation>Z czym przychodzi klient</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="59"/>
        <source>Goals and expectations</source>
        <translation>Cele i oczekiwania</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="63"/>
        <source>Lifestyle and skin</source>
        <translation>Styl życia i skóra</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="72"/>
        <source>clinical record</source>
        <translation>dokumentacja kliniczna</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="73"/>
        <source>anonymised teaching</source>
        <translation>zanonimizowane materiały szkoleniowe</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="74"/>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="77"/>
        <source>Health questionnaire</source>
        <translation>Kwestionariusz zdrowotny</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="78"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="79"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="80"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="81"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="82"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="83"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="84"/>
        <source>Client&apos;s signature</source>
        <translation>Podpis klienta</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="85"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="86"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="87"/>
        <source>Substance, reaction and how severe:</source>
        <translation>Substancja, reakcja i jej nasilenie:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="88"/>
        <source>Consultation summary</source>
        <translation>Podsumowanie konsultacji</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="89"/>
        <location filename="../../ui/consultation_documents.py" line="106"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="90"/>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="91"/>
        <location filename="../../ui/consultation_documents.py" line="107"/>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="92"/>
        <source>Final</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="93"/>
        <source>Draft: not finalised</source>
        <translation>Wersja robocza: niezamknięta</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="94"/>
        <source>Contraindication screening</source>
        <translation>Ocena przeciwwskazań</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="95"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="96"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="97"/>
        <source>Finding</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="98"/>
        <source>Let through because:</source>
        <translation>Pominięto z uzasadnieniem:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="99"/>
        <source>Amendments</source>
        <translation>Poprawki</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="100"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="101"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="102"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="103"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="104"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="105"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="108"/>
        <source>Absolute</source>
        <translation>Bezwzględne</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="109"/>
        <source>Relative</source>
        <translation>Względne</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="110"/>
        <source>Caution</source>
        <translation>Ostrożność</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="111"/>
        <source>Clear</source>
        <translation>Brak przeciwwskazań</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="112"/>
        <source>Nothing in the history stands in the way.</source>
        <translation>Nic w wywiadzie nie stoi na przeszkodzie.</translation>
    </message>
</context>
<context>
    <name>ConsultationWizard</name>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="87"/>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="88"/>
        <source>Save draft and close</source>
        <translation>Zapisz wersję roboczą i zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="89"/>
        <source>Finish consultation</source>
        <translation>Zakończ konsultację</translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <location filename="../../ui/consultations_tab.py" line="129"/>
        <source>Client fills in the health questionnaire…</source>
        <translation>Klient wypełnia kwestionariusz zdrowotny…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="130"/>
        <source>Print a blank questionnaire</source>
        <translation>Drukuj pusty kwestionariusz</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="131"/>
        <source>Review the answers</source>
        <translation>Przejrzyj odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="132"/>
        <source>Amend…</source>
        <translation>Popraw…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="133"/>
        <source>Print summary…</source>
        <translation>Drukuj podsumowanie…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="134"/>
        <source>Save summary as PDF…</source>
        <translation>Zapisz podsumowanie jako PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="135"/>
        <location filename="../../ui/consultations_tab.py" line="321"/>
        <source>Discard draft</source>
        <translation>Odrzuć wersję roboczą</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="141"/>
        <source>No consultation yet. Start one with the client: it goes through their goals, their health and the treatments considered, and ends with a draft plan.</source>
        <translation>Brak konsultacji. Rozpocznij konsultację z klientem: obejmuje ona jego cele, stan zdrowia i rozważane zabiegi, a kończy się roboczym planem zabiegów.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consultations_tab.py" line="157"/>
        <source>The client answered the health questionnaire %n time(s): not reviewed yet.</source>
        <translation>
            <numerusform>Klient wypełnił kwestionariusz zdrowotny %n raz: odpowiedzi nie zostały jeszcze przejrzane.</numerusform>
            <numerusform>Klient wypełnił kwestionariusz zdrowotny %n razy: odpowiedzi nie zostały jeszcze przejrzane.</numerusform>
            <numerusform>Klient wypełnił kwestionariusz zdrowotny %n razy: odpowiedzi nie zostały jeszcze przejrzane.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="166"/>
        <source>Resume the consultation…</source>
        <translation>Wznów konsultację…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="166"/>
        <source>New consultation…</source>
        <translation>Nowa konsultacja…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="171"/>
        <source>Final</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="171"/>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consultations_tab.py" line="173"/>
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n poprawka</numerusform>
            <numerusform>%n poprawki</numerusform>
            <numerusform>%n poprawek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="235"/>
        <source>Amended on %1 by %2. Reason: %3</source>
        <translation>Poprawiono %1 (%2). Powód: %3</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="248"/>
        <source>Nothing written yet.</source>
        <translation>Nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="322"/>
        <source>Discard this unfinished consultation? What was written in it is lost.</source>
        <translation>Odrzucić tę niezakończoną konsultację? Jej treść zostanie utracona.</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="340"/>
        <source>Consultation summary</source>
        <translation>Podsumowanie konsultacji</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="352"/>
        <source>Health questionnaire</source>
        <translation>Kwestionariusz zdrowotny</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="190"/>
        <source>Log a contact</source>
        <translation>Zapisz kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="192"/>
        <source>%1 — %2, treated on %3</source>
        <translation>%1 — %2, zabieg wykonany %3</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="197"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="198"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="199"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="203"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="208"/>
        <source>Optional: what was said, when to try again</source>
        <translation>Opcjonalnie: co ustalono, kiedy spróbować ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="214"/>
        <source>This closes the follow-up: it leaves the list.</source>
        <translation>To zamyka przypomnienie: zniknie ono z listy.</translation>
    </message>
</context>
<context>
    <name>ContactHistory</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="263"/>
        <source>Contacts with this client</source>
        <translation>Kontakty z tym klientem</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="266"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/date_field.py" line="91"/>
        <source>HH:MM</source>
        <translation>GG:MM</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="111"/>
        <source>Type the date and the time (24-hour, e.g. 14:30).</source>
        <translation>Wpisz datę i godzinę (w formacie 24-godzinnym, np. 14:30).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <location filename="../../ui/errors.py" line="104"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>Something went wrong in ClinicDesk. Your records are safe: every change is saved completely or not at all, so the last action may not have been saved. You can carry on working. The error was noted in the log, without any client data.</source>
        <translation>W ClinicDesk wystąpił błąd. Dane są bezpieczne: każda zmiana jest zapisywana w całości albo wcale, więc ostatnia czynność mogła nie zostać zapisana. Można kontynuować pracę. Błąd odnotowano w dzienniku, bez żadnych danych klientów.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="139"/>
        <source>Export the comparison</source>
        <translation>Eksport porównania</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="142"/>
        <source>&amp;Use:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="144"/>
        <source>Anonymise:</source>
        <translation>Anonimizacja:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="145"/>
        <source>&amp;Leave as it is</source>
        <translation>Pozostaw &amp;bez zmian</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="146"/>
        <source>&amp;Crop</source>
        <translation>&amp;Przytnij</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="147"/>
        <source>&amp;Blur the eyes</source>
        <translation>&amp;Rozmyj oczy</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="148"/>
        <source>&amp;Remove the last rectangle</source>
        <translation>&amp;Usuń ostatni prostokąt</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="149"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="150"/>
        <source>&amp;JPEG picture</source>
        <translation>Obraz &amp;JPEG</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="151"/>
        <source>&amp;PDF page with the clinic&apos;s header</source>
        <translation>Strona P&amp;DF z nagłówkiem gabinetu</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="152"/>
        <source>&amp;Save…</source>
        <translation>&amp;Zapisz…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="198"/>
        <source>The client&apos;s photo consent (from their latest consultation) does not allow %1. Nothing can be exported for this use.</source>
        <translation>Zgoda klienta na wykorzystanie zdjęć (z jego ostatniej konsultacji) nie obejmuje celu: %1. W tym celu nie można niczego wyeksportować.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="203"/>
        <source>The consent of the photo %1 does not allow %2.</source>
        <translation>Zgoda dla zdjęcia %1 nie obejmuje celu: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="205"/>
        <source>The consent of the photos %1 does not allow %2.</source>
        <translation>Zgoda dla zdjęć %1 nie obejmuje celu: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="222"/>
        <source>The photos are exported as they are.</source>
        <translation>Zdjęcia zostaną wyeksportowane bez zmian.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="224"/>
        <source>Drag a rectangle over the picture: only what is inside it is exported.</source>
        <translation>Przeciągnij myszą, aby zaznaczyć prostokąt na obrazie: wyeksportowane zostanie tylko to, co znajduje się w jego obrębie.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="227"/>
        <source>Drag a rectangle over the eyes of each photo (as many as needed): they are blurred in the export. Backspace takes the last one back.</source>
        <translation>Przeciągnij myszą, aby zaznaczyć prostokątem oczy na każdym zdjęciu (tyle prostokątów, ile trzeba): w eksporcie zostaną rozmyte. Backspace usuwa ostatni prostokąt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_comparison_export.py" line="235"/>
        <source>%n rectangle(s) drawn.</source>
        <translation>
            <numerusform>Narysowano %n prostokąt.</numerusform>
            <numerusform>Narysowano %n prostokąty.</numerusform>
            <numerusform>Narysowano %n prostokątów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="251"/>
        <source>Draw a rectangle on the picture first, or leave it as it is.</source>
        <translation>Najpierw narysuj prostokąt na obrazie albo wybierz „Pozostaw bez zmian”.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="265"/>
        <source>photo-comparison</source>
        <translation>porownanie-zdjec</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="280"/>
        <source>The file was saved, but the export could not be recorded: %1</source>
        <translation>Plik został zapisany, ale nie udało się odnotować eksportu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="301"/>
        <source>no</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="302"/>
        <source>cropped</source>
        <translation>przycięcie</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="303"/>
        <source>eyes blurred</source>
        <translation>rozmycie oczu</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="308"/>
        <source>Photo comparison</source>
        <translation>Porównanie zdjęć</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="311"/>
        <source>Use: %1 · anonymised: %2</source>
        <translation>Cel: %1 · anonimizacja: %2</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="313"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="155"/>
        <source>Offered by the practice (untick to retire it)</source>
        <translation>Oferowany przez gabinet (odznacz, aby wycofać z oferty)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="156"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="160"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="161"/>
        <source>A signed consent form is required</source>
        <translation>Wymagany podpisany formularz zgody</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="162"/>
        <source>Consent template</source>
        <translation>Wzór zgody</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="163"/>
        <source>the template&apos;s code, e.g. chemical_peel</source>
        <translation>kod wzoru, np. chemical_peel</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="164"/>
        <source>Patch test</source>
        <translation>Próba uczuleniowa</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="165"/>
        <source>A patch test is required before this treatment</source>
        <translation>Przed tym zabiegiem wymagana jest próba uczuleniowa</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="169"/>
        <source>Applied before the treatment, at least</source>
        <translation>Wykonanie przed zabiegiem z wyprzedzeniem co najmniej</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="170"/>
        <source>A negative test is valid for</source>
        <translation>Wynik ujemny jest ważny przez</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="171"/>
        <source>Test again after a break in treatments of</source>
        <translation>Powtórz próbę po przerwie w zabiegach</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="172"/>
        <source>If the test is missing, out of date or positive</source>
        <translation>Gdy brak próby, jest nieaktualna lub dodatnia</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="178"/>
        <source> hours</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="179"/>
        <location filename="../../ui/catalogue_family_form.py" line="181"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="180"/>
        <source>one treatment only</source>
        <translation>tylko na jeden zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="182"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="183"/>
        <source>Test again when the client starts a medication</source>
        <translation>Powtórz próbę, gdy klient zacznie przyjmować nowy lek</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="184"/>
        <source>Test again after a pregnancy</source>
        <translation>Powtórz próbę po ciąży</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="185"/>
        <source>Refuse the treatment</source>
        <translation>Odmów wykonania zabiegu</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="186"/>
        <source>Treat only with a recorded reason</source>
        <translation>Wykonaj zabieg tylko z zapisanym uzasadnieniem</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="187"/>
        <source>Default aftercare</source>
        <translation>Domyślne zalecenia pozabiegowe</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="189"/>
        <source>One instruction per line, as it is handed to the client in each language.</source>
        <translation>Jedno zalecenie w wierszu, w takiej postaci, w jakiej zostanie przekazane klientowi w danym języku.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="242"/>
        <source>All set</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="245"/>
        <source>Your client file is ready. ClinicDesk locks itself after some minutes without use; the passphrase opens it again.</source>
        <translation>Kartoteka klientów jest gotowa. ClinicDesk blokuje się po kilku minutach bezczynności; aby go odblokować, wystarczy wpisać hasło.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="252"/>
        <source>Remember the key on this computer (%1), so ClinicDesk opens without the passphrase. Only if nobody else uses this computer account.</source>
        <translation>Zapamiętaj klucz na tym komputerze (%1), aby ClinicDesk otwierał się bez hasła. Tylko jeśli nikt inny nie korzysta z tego konta użytkownika.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="34"/>
        <location filename="../../ui/follow_ups_model.py" line="43"/>
        <source>Due</source>
        <translation>Do kontaktu</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="35"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="36"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="37"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="38"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="39"/>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="42"/>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="44"/>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="47"/>
        <source>Called</source>
        <translation>Zadzwoniono</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="48"/>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="49"/>
        <source>Letter sent</source>
        <translation>Wysłano list</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="50"/>
        <source>Booked</source>
        <translation>Umówiono wizytę</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="51"/>
        <source>Declined</source>
        <translation>Odmowa klienta</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="163"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="164"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="165"/>
        <source>Search by client name or phone</source>
        <translation>Szukaj według nazwiska klienta lub telefonu</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="169"/>
        <source>Overdue, due and upcoming</source>
        <translation>Zaległe, do kontaktu i nadchodzące</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="174"/>
        <source>Log contact…</source>
        <translation>Zapisz kontakt…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="175"/>
        <location filename="../../ui/follow_ups_page.py" line="404"/>
        <location filename="../../ui/follow_ups_page.py" line="409"/>
        <source>Recall letters</source>
        <translation>Listy przypominające</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="176"/>
        <source>Print recall letters…</source>
        <translation>Drukuj listy przypominające…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="177"/>
        <source>Save recall letters as PDF…</source>
        <translation>Zapisz listy przypominające jako PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="178"/>
        <source>Export planned sessions (.ics)…</source>
        <translation>Eksportuj zaplanowane sesje (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="179"/>
        <source>Open client</source>
        <translation>Otwórz kartę klienta</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="191"/>
        <source>All treatments</source>
        <translation>Wszystkie zabiegi</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="259"/>
        <source>No follow-up matches these filters.</source>
        <translation>Żadne przypomnienie nie pasuje do tych filtrów.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_ups_page.py" line="264"/>
        <source>Nobody is due for a follow-up in the next %n day(s).</source>
        <translation>
            <numerusform>Nikt nie wymaga kontaktu w ciągu najbliższego %n dnia.</numerusform>
            <numerusform>Nikt nie wymaga kontaktu w ciągu najbliższych %n dni.</numerusform>
            <numerusform>Nikt nie wymaga kontaktu w ciągu najbliższych %n dni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="268"/>
        <source>Clients appear here when a signed-off treatment calls for a review or a next session, following the recall rules of each treatment.</source>
        <translation>Klienci pojawiają się tutaj, gdy po zatwierdzonym zabiegu należy umówić wizytę kontrolną lub kolejną sesję, zgodnie z regułami przypomnień danego zabiegu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_ups_page.py" line="273"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n przypomnienie</numerusform>
            <numerusform>%n przypomnienia</numerusform>
            <numerusform>%n przypomnień</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="412"/>
        <source>recall-letters.pdf</source>
        <translation>listy-przypominajace.pdf</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="86"/>
        <source>Goals and expectations</source>
        <translation>Cele i oczekiwania</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="89"/>
        <source>What the client hopes for, and what you agreed is realistic: write the expectation as you explained it, so both of you can come back to it.</source>
        <translation>Czego klient oczekuje i jaki efekt wspólnie uznano za realny: zapisz oczekiwania tak, jak zostały wyjaśnione, aby obie strony mogły do nich wrócić.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="93"/>
        <source>The client&apos;s goals</source>
        <translation>Cele klienta</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="95"/>
        <source>Expectation agreed: what result is realistic, and what is not</source>
        <translation>Uzgodnione oczekiwania: jaki efekt jest realny, a jaki nie</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="97"/>
        <source>In what time: sessions, weeks, when it lasts</source>
        <translation>W jakim czasie: liczba sesji, tygodnie, jak długo utrzymuje się efekt</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="88"/>
        <source>Health questionnaire</source>
        <translation>Kwestionariusz zdrowotny</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="91"/>
        <source>Go through each question with the client. Answers already in the history are filled in; what you change is recorded as a new version when you go on.</source>
        <translation>Omów z klientem każde pytanie. Odpowiedzi zapisane już w wywiadzie są uzupełnione; wprowadzone zmiany zostaną zapisane jako nowa wersja po przejściu dalej.</translation>
    </message>
</context>
<context>
    <name>HistoryItemDialog</name>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="185"/>
        <source>Add to the medical history</source>
        <translation>Dodaj do wywiadu medycznego</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="187"/>
        <source>Change a history entry</source>
        <translation>Zmień wpis w wywiadzie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="190"/>
        <source>Not known</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="196"/>
        <source>Not recorded</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="197"/>
        <source>1 – very dissatisfied</source>
        <translation>1 – bardzo niskie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="198"/>
        <source>2 – dissatisfied</source>
        <translation>2 – niskie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="199"/>
        <source>3 – neutral</source>
        <translation>3 – przeciętne</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="200"/>
        <source>4 – satisfied</source>
        <translation>4 – wysokie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="201"/>
        <source>5 – very satisfied</source>
        <translation>5 – bardzo wysokie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="209"/>
        <source>%1 — leave empty if not known</source>
        <translation>%1 — pozostaw puste, jeśli data nie jest znana</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="211"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="216"/>
        <source>Condition</source>
        <translation>Schorzenie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="217"/>
        <source>Medication class</source>
        <translation>Grupa leków</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="218"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="219"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="220"/>
        <source>Implant or device</source>
        <translation>Implant lub urządzenie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="221"/>
        <source>Skin condition</source>
        <translation>Choroba skóry</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="222"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="223"/>
        <source>Habit</source>
        <translation>Nawyk</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="224"/>
        <location filename="../../ui/history_item_dialog.py" line="225"/>
        <source>Skin type</source>
        <translation>Typ skóry</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="228"/>
        <source>Medication (as on the box)</source>
        <translation>Lek (nazwa z opakowania)</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="229"/>
        <source>Substance</source>
        <translation>Substancja</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="230"/>
        <source>Operation</source>
        <translation>Operacja</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="231"/>
        <source>Concern</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="232"/>
        <source>Document checked</source>
        <translation>Sprawdzony dokument</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="235"/>
        <source>Date of treatment</source>
        <translation>Data zabiegu</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="236"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="237"/>
        <location filename="../../ui/history_item_dialog.py" line="238"/>
        <source>Assessed on</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="239"/>
        <source>Checked on</source>
        <translation>Data sprawdzenia</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="242"/>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="244"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="245"/>
        <source>Started</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="246"/>
        <source>Ended</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="247"/>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="248"/>
        <source>Reaction</source>
        <translation>Reakcja</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="249"/>
        <source>Severity</source>
        <translation>Nasilenie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="250"/>
        <source>Outcome</source>
        <translation>Efekt</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="251"/>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="252"/>
        <source>Side effects</source>
        <translation>Działania niepożądane</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="253"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="272"/>
        <source>e.g. Roaccutane 20 mg</source>
        <translation>np. Aknenormin 20 mg</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="279"/>
        <source>Optional when chosen from the list above</source>
        <translation>Opcjonalnie, jeśli wybrano pozycję z listy powyżej</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="291"/>
        <source>Recognise from the name</source>
        <translation>Rozpoznaj po nazwie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="293"/>
        <source>Choose the type…</source>
        <translation>Wybierz fototyp…</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="295"/>
        <location filename="../../ui/history_item_dialog.py" line="297"/>
        <source>Other (describe)</source>
        <translation>Inne (opisz)</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="322"/>
        <source>Recognised as: %1</source>
        <translation>Rozpoznano jako: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="326"/>
        <source>Not recognised as a medication that matters for treatments. If you know its class, choose it above.</source>
        <translation>Nie rozpoznano leku istotnego dla zabiegów. Jeśli znasz jego grupę, wybierz ją powyżej.</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="409"/>
        <source>“%1” is not a date. Write it as %2, or leave it empty if it is not known.</source>
        <translation>„%1” nie jest datą. Wpisz ją w formacie %2 albo pozostaw puste, jeśli data nie jest znana.</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="480"/>
        <source>Unsaved entry</source>
        <translation>Niezapisany wpis</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="481"/>
        <source>Close without saving this history entry?</source>
        <translation>Zamknąć bez zapisywania tego wpisu w wywiadzie?</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="483"/>
        <source>Close without saving</source>
        <translation>Zamknij bez zapisywania</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="485"/>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/history_tab.py" line="165"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="168"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="169"/>
        <location filename="../../ui/history_tab.py" line="416"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="170"/>
        <source>Versions…</source>
        <translation>Wersje…</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="171"/>
        <source>Show as known on:</source>
        <translation>Pokaż stan na dzień:</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="172"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="173"/>
        <source>Mark reviewed with the client</source>
        <translation>Oznacz jako omówiony z klientem</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Entry</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="237"/>
        <source>Showing the history as it was known on %1; nothing can be changed in this view.</source>
        <translation>Wywiad w stanie na dzień %1; w tym widoku nie można niczego zmieniać.</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="244"/>
        <source>Nothing had been recorded by %1.</source>
        <translation>Do dnia %1 niczego nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="247"/>
        <source>Nothing recorded yet. Use “Add…” to record conditions, medication, allergies, previous treatments and the skin assessment.</source>
        <translation>Nic jeszcze nie zapisano. Użyj przycisku „Dodaj…”, aby zapisać schorzenia, leki, alergie, wcześniejsze zabiegi i ocenę skóry.</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="302"/>
        <source>Never reviewed with the client</source>
        <translation>Nigdy nie omówiono z klientem</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="307"/>
        <source>Last reviewed on %1 by %2</source>
        <translation>Ostatnio omówiono z klientem %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="309"/>
        <source>Last reviewed on %1</source>
        <translation>Ostatnio omówiono z klientem %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="404"/>
        <source>Remove from the history</source>
        <translation>Usuń z wywiadu</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="406"/>
        <source>Remove “%1” from the current history?</source>
        <translation>Usunąć „%1” z bieżącego wywiadu?</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="412"/>
        <source>It stays in the earlier versions: the history as known before today still shows it.</source>
        <translation>Wpis pozostanie we wcześniejszych wersjach: wywiad w stanie sprzed dzisiejszego dnia nadal będzie go zawierał.</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="417"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../ui/history_versions.py" line="87"/>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="89"/>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="97"/>
        <source>Dose: %1</source>
        <translation>Dawka: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="101"/>
        <source>recognised: %1</source>
        <translation>rozpoznano: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="103"/>
        <source>not recognised as a screened medication class</source>
        <translation>nie rozpoznano grupy leków uwzględnianej w ocenie przeciwwskazań</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="106"/>
        <source>Reaction: %1</source>
        <translation>Reakcja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="109"/>
        <source>Severity: %1</source>
        <translation>Nasilenie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="112"/>
        <source>Outcome: %1</source>
        <translation>Efekt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="115"/>
        <source>Satisfaction: %1/5</source>
        <translation>Zadowolenie: %1/5</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="119"/>
        <source>Side effects: %1</source>
        <translation>Działania niepożądane: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="125"/>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="128"/>
        <source>source: %1</source>
        <translation>źródło: %1</translation>
    </message>
</context>
<context>
    <name>IntakeReviewDialog</name>
    <message>
        <location filename="../../ui/intake_review.py" line="39"/>
        <source>Answers from the client</source>
        <translation>Odpowiedzi klienta</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="41"/>
        <source>Answered by the client on %1, in %2.</source>
        <translation>Odpowiedzi udzielone przez klienta %1, język: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="56"/>
        <source>Accepting records these changes in the medical history as new versions, marked as given by the client. Check anything unclear with the client first.</source>
        <translation>Przyjęcie zapisze te zmiany w wywiadzie medycznym jako nowe wersje, oznaczone jako podane przez klienta. Wszelkie niejasności najpierw wyjaśnij z klientem.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="60"/>
        <source>The answers match the history as it is: accepting changes nothing.</source>
        <translation>Odpowiedzi są zgodne z obecnym wywiadem: przyjęcie niczego nie zmieni.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="64"/>
        <source>Accept into the history</source>
        <translation>Przyjmij do wywiadu</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="66"/>
        <location filename="../../ui/intake_review.py" line="112"/>
        <source>Discard the answers</source>
        <translation>Odrzuć odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="70"/>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="83"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="84"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="85"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="95"/>
        <source>since</source>
        <translation>od</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="95"/>
        <source>until</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="113"/>
        <source>Discard what the client answered? The history stays as it is.</source>
        <translation>Odrzucić odpowiedzi klienta? Wywiad pozostanie bez zmian.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk.py" line="157"/>
        <source>For the practitioner</source>
        <translation>Dla personelu</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="159"/>
        <source>Welcome, %1</source>
        <translation>Witamy, %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="162"/>
        <source>Send my answers</source>
        <translation>Wyślij odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="163"/>
        <source>Thank you. Please hand the device back to your practitioner.</source>
        <translation>Dziękujemy. Prosimy oddać urządzenie osobie wykonującej zabieg.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="164"/>
        <source>Practitioner: type the passphrase to leave.</source>
        <translation>Dla personelu: wpisz hasło, aby wyjść.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="165"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="173"/>
        <source>Answer at least one question before sending.</source>
        <translation>Przed wysłaniem prosimy odpowiedzieć na co najmniej jedno pytanie.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="68"/>
        <source>Welcome to ClinicDesk</source>
        <translation>Witamy w ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="71"/>
        <source>ClinicDesk keeps your client file on this computer, encrypted. Setting it up takes two minutes: your clinic&apos;s details, a passphrase, and a Recovery Sheet to print and keep safe.</source>
        <translation>ClinicDesk przechowuje kartotekę klientów na tym komputerze w formie zaszyfrowanej. Konfiguracja zajmuje dwie minuty: dane gabinetu, hasło oraz arkusz odzyskiwania do wydrukowania i przechowywania w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="76"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
<context>
    <name>LifestylePage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="105"/>
        <source>Lifestyle and budget</source>
        <translation>Styl życia i budżet</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="107"/>
        <source>Habits that affect the result, and what the client is ready to spend.</source>
        <translation>Nawyki wpływające na efekt oraz kwota, jaką klient jest gotów przeznaczyć.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="110"/>
        <source>Lifestyle: sun, sport, skincare routine, work, events coming up</source>
        <translation>Styl życia: słońce, sport, codzienna pielęgnacja, praca, nadchodzące wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="112"/>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;New client</source>
        <translation>&amp;Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Importuj klientów…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Find client</source>
        <translation>&amp;Znajdź klienta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Batch look-up (product recall)…</source>
        <translation>Wyszukiwanie &amp;partii (wycofanie produktu)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Lock</source>
        <translation>Za&amp;blokuj</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;About ClinicDesk</source>
        <translation>&amp;O programie ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Clients</source>
        <translation>&amp;Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Import clients</source>
        <translation>Importuj klientów</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Client lists (*.csv *.txt);;All files (*)</source>
        <translation>Listy klientów (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Importing clients…</source>
        <translation>Importowanie klientów…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="301"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i jeszcze %n wiersz.</numerusform>
            <numerusform>… i jeszcze %n wiersze.</numerusform>
            <numerusform>… i jeszcze %n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="305"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>Zaimportowano %n klienta.</numerusform>
            <numerusform>Zaimportowano %n klientów.</numerusform>
            <numerusform>Zaimportowano %n klientów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="307"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>Pominięto %n wiersz.</numerusform>
            <numerusform>Pominięto %n wiersze.</numerusform>
            <numerusform>Pominięto %n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Import failed</source>
        <translation>Import nie powiódł się</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>About ClinicDesk</source>
        <translation>O programie ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>ClinicDesk %1
The client file of your salon or clinic, kept on this computer and encrypted.</source>
        <translation>ClinicDesk %1
Kartoteka klientów salonu lub gabinetu, przechowywana na tym komputerze w formie zaszyfrowanej.</translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="550"/>
        <source>%1, session %2 — %3</source>
        <translation>%1, sesja %2 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="553"/>
        <source>no date yet</source>
        <translation>jeszcze bez daty</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="559"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="567"/>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="568"/>
        <source>New date</source>
        <translation>Nowa data</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="570"/>
        <source>Reason for the change</source>
        <translation>Powód zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="582"/>
        <source>Move a session date</source>
        <translation>Zmiana daty sesji</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="44"/>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="45"/>
        <source>Type it again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase_fields.py" line="62"/>
        <source>At least %n characters. A short sentence you will remember is best.</source>
        <translation>
            <numerusform>Co najmniej %n znak. Najlepiej krótkie zdanie, które łatwo zapamiętać.</numerusform>
            <numerusform>Co najmniej %n znaki. Najlepiej krótkie zdanie, które łatwo zapamiętać.</numerusform>
            <numerusform>Co najmniej %n znaków. Najlepiej krótkie zdanie, które łatwo zapamiętać.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="66"/>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Słabe: łatwe do odgadnięcia. Dodaj więcej słów.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="67"/>
        <source>Fair. A few more words would make it strong.</source>
        <translation>Średnie. Kilka słów więcej uczyni je silnym.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="68"/>
        <source>Good.</source>
        <translation>Dobre.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="69"/>
        <source>Strong.</source>
        <translation>Silne.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="73"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Wpisane hasła nie są jeszcze identyczne.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="139"/>
        <source>Choose a passphrase</source>
        <translation>Wybierz hasło</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>The passphrase unlocks ClinicDesk each day. A short sentence is easier to remember and harder to guess than a word with symbols. Nobody, not even ClinicDesk&apos;s makers, can recover it: the Recovery Sheet on the next page can.</source>
        <translation>Hasło odblokowuje ClinicDesk każdego dnia. Krótkie zdanie łatwiej zapamiętać i trudniej odgadnąć niż słowo z symbolami. Nikt, nawet twórcy ClinicDesk, nie może go odzyskać; pomoże w tym arkusz odzyskiwania z następnej strony.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="148"/>
        <source>Create my client file</source>
        <translation>Utwórz kartotekę klientów</translation>
    </message>
</context>
<context>
    <name>PatchTestPanel</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="59"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="60"/>
        <source>Product</source>
        <translation>Preparat</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="61"/>
        <source>Batch</source>
        <translation>Nr partii</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="62"/>
        <source>Site</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="63"/>
        <source>Applied</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="64"/>
        <source>Ready to read from</source>
        <translation>Odczyt możliwy od</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="65"/>
        <source>Read at</source>
        <translation>Odczytano</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="66"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="331"/>
        <source>Patch tests needed before treatment</source>
        <translation>Próby uczuleniowe wymagane przed zabiegiem</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="332"/>
        <source>Record patch test…</source>
        <translation>Zapisz próbę uczuleniową…</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="333"/>
        <source>Record result…</source>
        <translation>Zapisz wynik…</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="334"/>
        <source>No patch test recorded for this client yet.</source>
        <translation>Dla tego klienta nie zapisano jeszcze żadnej próby uczuleniowej.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="381"/>
        <source>Valid</source>
        <translation>Ważna</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="471"/>
        <source>batch %1</source>
        <translation>nr partii %1</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="474"/>
        <source>Applied %1, ready to read from %2.</source>
        <translation>Wykonano %1, odczyt możliwy od %2.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="480"/>
        <source>Read %1: %2.</source>
        <translation>Odczytano %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="485"/>
        <source>Notes: %1</source>
        <translation>Uwagi: %1</translation>
    </message>
</context>
<context>
    <name>PatchTestTexts</name>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="18"/>
        <source>No patch test on file.</source>
        <translation>Brak zapisanej próby uczuleniowej.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="19"/>
        <source>The patch test can only be read from %1.</source>
        <translation>Próbę uczuleniową można odczytać dopiero od %1.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="22"/>
        <source>The patch test applied on %1 has not been read yet: record its result.</source>
        <translation>Próba uczuleniowa wykonana %1 nie została jeszcze odczytana: zapisz jej wynik.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="26"/>
        <source>The last patch test was positive (reaction): do not treat with this product.</source>
        <translation>Ostatnia próba uczuleniowa dała wynik dodatni (reakcja): nie wykonuj zabiegu tym preparatem.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="30"/>
        <source>The last patch test was inconclusive: test again before treating.</source>
        <translation>Wynik ostatniej próby uczuleniowej był niejednoznaczny: przed zabiegiem powtórz próbę.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="34"/>
        <source>The patch test applied on %1 is no longer valid: test again before treating.</source>
        <translation>Próba uczuleniowa wykonana %1 jest już nieważna: przed zabiegiem powtórz próbę.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="38"/>
        <source>A medication was started after the last patch test: test again before treating.</source>
        <translation>Po ostatniej próbie uczuleniowej rozpoczęto przyjmowanie leku: przed zabiegiem powtórz próbę.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="42"/>
        <source>A pregnancy was recorded after the last patch test: test again before treating.</source>
        <translation>Po ostatniej próbie uczuleniowej odnotowano ciążę: przed zabiegiem powtórz próbę.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="46"/>
        <source>The last treatment was too long ago: test again before treating.</source>
        <translation>Od ostatniego zabiegu minęło zbyt dużo czasu: przed zabiegiem powtórz próbę.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="53"/>
        <source>Negative</source>
        <translation>Ujemny</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="54"/>
        <source>Positive (reaction)</source>
        <translation>Dodatni (reakcja)</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="55"/>
        <source>Inconclusive</source>
        <translation>Niejednoznaczny</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="56"/>
        <source>Not read yet</source>
        <translation>Jeszcze nie odczytano</translation>
    </message>
</context>
<context>
    <name>PhotoCompare</name>
    <message>
        <location filename="../../ui/photo_compare.py" line="136"/>
        <source>Choose at least two photos to compare, of the same area and view on different dates.</source>
        <translation>Wybierz do porównania co najmniej dwa zdjęcia tego samego obszaru i ujęcia, zrobione w różnych dniach.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="140"/>
        <source>&amp;Side by side</source>
        <translation>O&amp;bok siebie</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="141"/>
        <source>&amp;Wipe</source>
        <translation>&amp;Suwak</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="142"/>
        <source>&amp;Blend</source>
        <translation>&amp;Przenikanie</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="143"/>
        <source>&amp;Grid:</source>
        <translation>Sia&amp;tka:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="145"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="146"/>
        <source>Thirds</source>
        <translation>Trójpodział</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="147"/>
        <source>Every 10 %</source>
        <translation>Co 10%</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="156"/>
        <source>Swa&amp;p</source>
        <translation>Za&amp;mień</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="157"/>
        <source>Put the first photo in the second&apos;s place</source>
        <translation>Przenieś pierwsze zdjęcie na miejsce drugiego</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="158"/>
        <source>&amp;Fit</source>
        <translation>&amp;Dopasuj</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="159"/>
        <source>Zoom to show the whole photos (Ctrl+0)</source>
        <translation>Dopasuj powiększenie, aby pokazać całe zdjęcia (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="160"/>
        <source>&amp;Align…</source>
        <translation>&amp;Wyrównaj…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="162"/>
        <source>Lay the second photo over the first by two reference points</source>
        <translation>Nałóż drugie zdjęcie na pierwsze według dwóch punktów odniesienia</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="164"/>
        <source>&amp;Reset alignment</source>
        <translation>&amp;Cofnij wyrównanie</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="293"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="295"/>
        <source>&amp;Opacity of B:</source>
        <translation>K&amp;rycie B:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="295"/>
        <source>&amp;Divider:</source>
        <translation>&amp;Linia podziału:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="305"/>
        <source>Step 1 of 4: click a first reference point on photo A, on the left (the client&apos;s right pupil, for instance).</source>
        <translation>Krok 1 z 4: kliknij pierwszy punkt odniesienia na zdjęciu A, po lewej (na przykład prawą źrenicę klienta).</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="308"/>
        <source>Step 2 of 4: click a second reference point on photo A.</source>
        <translation>Krok 2 z 4: kliknij drugi punkt odniesienia na zdjęciu A.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="309"/>
        <source>Step 3 of 4: click the same first point on photo B.</source>
        <translation>Krok 3 z 4: kliknij ten sam pierwszy punkt na zdjęciu B.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="310"/>
        <source>Step 4 of 4: click the same second point on photo B.</source>
        <translation>Krok 4 z 4: kliknij ten sam drugi punkt na zdjęciu B.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="316"/>
        <source>Keyboard: bring the point under the cross with the arrows (Shift+arrows: finely) and press Enter. Backspace takes the last point back, Esc stops.</source>
        <translation>Klawiatura: strzałkami ustaw punkt pod krzyżykiem (Shift+strzałki: precyzyjnie) i naciśnij Enter. Backspace cofa ostatni punkt, Esc przerywa.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="321"/>
        <source>Wheel or Ctrl+plus and minus zoom, drag or the arrows move. PageUp and PageDown show the previous or next date in the chosen photo (1 to 4 choose it). Shift+arrows, Shift+plus and minus, Shift+[ and ] move, scale and turn photo B.</source>
        <translation>Kółko myszy lub Ctrl+plus i minus powiększają, a przeciąganie lub strzałki przesuwają widok. PageUp i PageDown pokazują w wybranym polu zdjęcie z poprzedniej lub następnej daty (pole wybierają klawisze od 1 do 4). Shift+strzałki, Shift+plus i minus oraz Shift+[ i ] przesuwają, skalują i obracają zdjęcie B.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="326"/>
        <source>Drag the divider, or move it with Ctrl+Left and Ctrl+Right.</source>
        <translation>Przeciągnij linię podziału lub przesuwaj ją klawiszami Ctrl+strzałka w lewo i Ctrl+strzałka w prawo.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="328"/>
        <source>Ctrl+Left and Ctrl+Right change the blend.</source>
        <translation>Ctrl+strzałka w lewo i Ctrl+strzałka w prawo zmieniają stopień przenikania.</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="178"/>
        <source>Photo details</source>
        <translation>Szczegóły zdjęcia</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsForm</name>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="87"/>
        <source>Body &amp;area</source>
        <translation>&amp;Obszar ciała</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Ujęcie</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="89"/>
        <source>&amp;Session</source>
        <translation>&amp;Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="90"/>
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="91"/>
        <source>Consent covers</source>
        <translation>Zgoda obejmuje</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="101"/>
        <source>The client has not agreed to photos in a finished consultation, so no use can be ticked. Record their photo consent in a consultation first.</source>
        <translation>Klient nie wyraził zgody na wykorzystanie zdjęć w żadnej zakończonej konsultacji, więc nie można zaznaczyć żadnego celu. Najpierw odnotuj jego zgodę na wykorzystanie zdjęć w konsultacji.</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="110"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="123"/>
        <source>No session</source>
        <translation>Bez zabiegu</translation>
    </message>
</context>
<context>
    <name>PhotoImportDialog</name>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="163"/>
        <source>Import photos</source>
        <translation>Importuj zdjęcia</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="166"/>
        <source>Photos of %1</source>
        <translation>Zdjęcia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="168"/>
        <source>Add photos…</source>
        <translation>Dodaj zdjęcia…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="169"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="172"/>
        <source>Choose the photos with Add photos…, or drop their files here: JPEG, PNG, WebP or HEIC. The details below are given to every one of them.</source>
        <translation>Wybierz zdjęcia przyciskiem „Dodaj zdjęcia…” albo upuść tutaj ich pliki: JPEG, PNG, WebP lub HEIC. Poniższe dane zostaną przypisane każdemu z nich.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="176"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="177"/>
        <source>Take with the camera…</source>
        <translation>Zrób kamerą…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="187"/>
        <source>Choose photos to import</source>
        <translation>Wybierz zdjęcia do zaimportowania</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="189"/>
        <source>Photos (%1)</source>
        <translation>Zdjęcia (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="268"/>
        <source>Add the photos to import first.</source>
        <translation>Najpierw dodaj zdjęcia do zaimportowania.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="307"/>
        <location filename="../../ui/photo_import_dialog.py" line="317"/>
        <source>Stopping after the current photo…</source>
        <translation>Zatrzymywanie po bieżącym zdjęciu…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="314"/>
        <source>Importing: %1 of %2 done…</source>
        <translation>Importowanie: gotowe %1 z %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_import_dialog.py" line="348"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>Zaimportowano %n zdjęcie.</numerusform>
            <numerusform>Zaimportowano %n zdjęcia.</numerusform>
            <numerusform>Zaimportowano %n zdjęć.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="350"/>
        <source>Import cancelled: the rest was not imported.</source>
        <translation>Import anulowany: pozostałych zdjęć nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="361"/>
        <source>%1 was not imported.</source>
        <translation>Nie zaimportowano pliku %1.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="374"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="374"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PhotoNames</name>
    <message>
        <location filename="../../ui/photo_comparison_names.py" line="20"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_names.py" line="35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="22"/>
        <source>Face</source>
        <translation>Twarz</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="23"/>
        <source>Forehead</source>
        <translation>Czoło</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="24"/>
        <source>Eye area</source>
        <translation>Okolica oczu</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="25"/>
        <source>Nose</source>
        <translation>Nos</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="26"/>
        <source>Lips</source>
        <translation>Usta</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="27"/>
        <source>Chin and jaw</source>
        <translation>Podbródek i żuchwa</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="28"/>
        <source>Neck</source>
        <translation>Szyja</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="29"/>
        <source>Décolleté</source>
        <translation>Dekolt</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="30"/>
        <source>Scalp</source>
        <translation>Skóra głowy</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="31"/>
        <source>Arms</source>
        <translation>Ramiona</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="32"/>
        <source>Underarms</source>
        <translation>Pachy</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="33"/>
        <source>Hands</source>
        <translation>Dłonie</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="34"/>
        <source>Chest</source>
        <translation>Klatka piersiowa</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="35"/>
        <source>Abdomen</source>
        <translation>Brzuch</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="36"/>
        <source>Flanks</source>
        <translation>Boki tułowia</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="37"/>
        <source>Back</source>
        <translation>Plecy</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="38"/>
        <source>Buttocks</source>
        <translation>Pośladki</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="39"/>
        <source>Thighs</source>
        <translation>Uda</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="40"/>
        <source>Legs</source>
        <translation>Nogi</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="41"/>
        <source>Feet</source>
        <translation>Stopy</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="42"/>
        <source>Other area</source>
        <translation>Inny obszar</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="45"/>
        <source>Front</source>
        <translation>Na wprost</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="46"/>
        <source>Left 45°</source>
        <translation>Półprofil lewy 45°</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="47"/>
        <source>Right 45°</source>
        <translation>Półprofil prawy 45°</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="48"/>
        <source>Left profile</source>
        <translation>Profil lewy</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="49"/>
        <source>Right profile</source>
        <translation>Profil prawy</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="50"/>
        <source>Other view</source>
        <translation>Inne ujęcie</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="53"/>
        <source>Clinical record</source>
        <translation>Dokumentacja kliniczna</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="54"/>
        <source>Anonymised teaching</source>
        <translation>Zanonimizowane materiały szkoleniowe</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="55"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="78"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/photo_viewer.py" line="217"/>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="218"/>
        <source>Previous</source>
        <translation>Poprzednie</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="219"/>
        <source>Next</source>
        <translation>Następne</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="220"/>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="222"/>
        <source>Zoom out (Ctrl+minus or the wheel)</source>
        <translation>Pomniejsz (Ctrl+minus lub kółko myszy)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="223"/>
        <source>Zoom in (Ctrl+plus or the wheel)</source>
        <translation>Powiększ (Ctrl+plus lub kółko myszy)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="224"/>
        <source>The whole photo in the window (Ctrl+0)</source>
        <translation>Całe zdjęcie w oknie (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="225"/>
        <source>One pixel of the photo per pixel of the screen</source>
        <translation>Jeden piksel zdjęcia na jeden piksel ekranu</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="232"/>
        <source>Drag or use the arrow keys to move around the photo. Page Up and Page Down, or Left and Right while the whole photo is in view, show the previous or next photo. Esc closes.</source>
        <translation>Przeciągaj lub używaj strzałek, aby przesuwać widok zdjęcia. PageUp i PageDown, a gdy widać całe zdjęcie — także strzałki w lewo i w prawo, pokazują poprzednie lub następne zdjęcie. Esc zamyka okno.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="293"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../ui/photos_tab.py" line="136"/>
        <source>Import photos…</source>
        <translation>Importuj zdjęcia…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="137"/>
        <source>Take photos…</source>
        <translation>Zrób zdjęcia…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="138"/>
        <source>Compare…</source>
        <translation>Porównaj…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="139"/>
        <source>Details…</source>
        <translation>Szczegóły…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="140"/>
        <source>Erase…</source>
        <translation>Usuń trwale…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="145"/>
        <source>Choose two to four photos (Ctrl+click) to see them side by side.</source>
        <translation>Wybierz od dwóch do czterech zdjęć (Ctrl+kliknięcie), aby zobaczyć je obok siebie.</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="150"/>
        <source>Grouped by date</source>
        <translation>Pogrupowane według daty</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="151"/>
        <source>Grouped by area and view</source>
        <translation>Pogrupowane według obszaru i ujęcia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photos_tab.py" line="223"/>
        <source>%1 of %n photo(s)</source>
        <translation>
            <numerusform>%1 z %n zdjęcia</numerusform>
            <numerusform>%1 z %n zdjęć</numerusform>
            <numerusform>%1 z %n zdjęć</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="228"/>
        <source>No photos of this client yet. Press Import photos… or drop photo files here (JPEG, PNG, WebP or HEIC).</source>
        <translation>Ten klient nie ma jeszcze zdjęć. Kliknij „Importuj zdjęcia…” albo upuść tutaj pliki zdjęć (JPEG, PNG, WebP lub HEIC).</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="234"/>
        <source>No photo matches these filters. Choose “All” in each to see every photo.</source>
        <translation>Żadne zdjęcie nie pasuje do tych filtrów. Aby zobaczyć wszystkie zdjęcia, wybierz w każdym filtrze pozycję „Wszystkie”.</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="293"/>
        <source>No camera is connected to this computer: import photos taken with a phone.</source>
        <translation>Do tego komputera nie podłączono kamery: należy zaimportować zdjęcia zrobione telefonem.</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="346"/>
        <source>Erase photos</source>
        <translation>Trwałe usuwanie zdjęć</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photos_tab.py" line="348"/>
        <source>Erase %n photo(s) for good? They are removed from the record and their encrypted files deleted; this cannot be undone.</source>
        <translation>
            <numerusform>Trwale usunąć %n zdjęcie? Zostanie ono usunięte z karty klienta, a jego zaszyfrowane pliki skasowane; tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć %n zdjęcia? Zostaną one usunięte z karty klienta, a ich zaszyfrowane pliki skasowane; tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć %n zdjęć? Zostaną one usunięte z karty klienta, a ich zaszyfrowane pliki skasowane; tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="94"/>
        <source>All areas</source>
        <translation>Wszystkie obszary</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="96"/>
        <source>All views</source>
        <translation>Wszystkie ujęcia</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="98"/>
        <source>All sessions</source>
        <translation>Wszystkie zabiegi</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="100"/>
        <source>Not linked to a session</source>
        <translation>Niepowiązane z zabiegiem</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="145"/>
        <source>%1  ·  photos: %2</source>
        <translation>%1  ·  zdjęcia: %2</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>Edit the plan</source>
        <translation>Edycja planu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>New plan</source>
        <translation>Nowy plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="391"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="392"/>
        <source>Expected result</source>
        <translation>Oczekiwany efekt</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="393"/>
        <source>Timeline agreed</source>
        <translation>Uzgodnione ramy czasowe</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="394"/>
        <source>Treatments</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="395"/>
        <source>First session</source>
        <translation>Pierwsza sesja</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="396"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="397"/>
        <source>Reason for the change</source>
        <translation>Powód zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="398"/>
        <source>What the client wants to change</source>
        <translation>Co klient chce zmienić</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="400"/>
        <source>The result the client can expect, as agreed with them</source>
        <translation>Efekt, jakiego klient może się spodziewać, uzgodniony z nim</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="403"/>
        <source>e.g. visible change after 3 sessions, full result at 3 months</source>
        <translation>np. widoczna zmiana po 3 sesjach, pełny efekt po 3 miesiącach</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="406"/>
        <source>The client agreed to this plan: why does it change?</source>
        <translation>Ten plan został uzgodniony z klientem: dlaczego się zmienia?</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="408"/>
        <source>Add a treatment</source>
        <translation>Dodaj zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="409"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="411"/>
        <source>%1 — leave empty until booked</source>
        <translation>%1 — pozostaw puste do czasu rezerwacji</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="413"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="426"/>
        <source>Type the price agreed, or choose a service for every treatment to use the catalogue&apos;s prices.</source>
        <translation>Wpisz uzgodnioną cenę albo wybierz usługę dla każdego zabiegu, aby zastosować ceny z katalogu.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="432"/>
        <source>Left empty, the plan costs %1 at the catalogue&apos;s prices.</source>
        <translation>Jeśli pole pozostanie puste, plan będzie kosztować %1 według cen z katalogu.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="459"/>
        <source>Type the price as an amount, e.g. %1.</source>
        <translation>Wpisz cenę jako kwotę, np. %1.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="253"/>
        <source>Recommendation and next steps</source>
        <translation>Zalecenia i dalsze kroki</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="256"/>
        <source>What you recommend and what happens next. The treatments ticked below become a draft treatment plan when the consultation is finished.</source>
        <translation>Co zalecasz i co dalej. Zabiegi zaznaczone poniżej staną się roboczym planem zabiegów po zakończeniu konsultacji.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="260"/>
        <source>Recommendation</source>
        <translation>Zalecenia</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="262"/>
        <source>Agreed next steps: patch test, time to reflect, booking</source>
        <translation>Uzgodnione dalsze kroki: próba uczuleniowa, czas do namysłu, rezerwacja</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="264"/>
        <source>Into the plan</source>
        <translation>Do planu</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Days apart</source>
        <translation>Odstęp (dni)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="287"/>
        <source>To choose later</source>
        <translation>Do wyboru później</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="294"/>
        <source>Not set</source>
        <translation>Nie ustalono</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="305"/>
        <source>Ruled out by the screening.</source>
        <translation>Wykluczony na podstawie oceny przeciwwskazań.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="307"/>
        <source>Record a reason on the previous page first.</source>
        <translation>Najpierw zapisz uzasadnienie na poprzedniej stronie.</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="50"/>
        <source>Draft</source>
        <translation>Roboczy</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="51"/>
        <source>Agreed</source>
        <translation>Uzgodniony</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="52"/>
        <source>In progress</source>
        <translation>W trakcie</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="53"/>
        <source>Completed</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="54"/>
        <source>Stopped</source>
        <translation>Przerwany</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="58"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="59"/>
        <source>Expected result</source>
        <translation>Oczekiwany efekt</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="60"/>
        <source>Timeline agreed</source>
        <translation>Uzgodnione ramy czasowe</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="61"/>
        <source>Treatments</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="62"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="63"/>
        <source>First session</source>
        <translation>Pierwsza sesja</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="64"/>
        <source>Session date</source>
        <translation>Data sesji</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="101"/>
        <source>No price yet</source>
        <translation>Cena jeszcze nieustalona</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="115"/>
        <location filename="../../ui/plan_editor.py" line="122"/>
        <source>Not set</source>
        <translation>Nie ustalono</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="154"/>
        <source>“%1” is not a date. Write it as %2, or leave it empty.</source>
        <translation>„%1” nie jest datą. Wpisz ją w formacie %2 albo pozostaw pole puste.</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../ui/plans_tab.py" line="163"/>
        <source>New plan…</source>
        <translation>Nowy plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="164"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="165"/>
        <location filename="../../ui/plans_tab.py" line="445"/>
        <source>Agree with the client</source>
        <translation>Uzgodnij z klientem</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="166"/>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="167"/>
        <location filename="../../ui/plans_tab.py" line="463"/>
        <source>Complete</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="168"/>
        <source>Stop…</source>
        <translation>Przerwij…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="169"/>
        <source>Move a session date…</source>
        <translation>Zmień datę sesji…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="170"/>
        <source>Record a session…</source>
        <translation>Zapisz zabieg…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="294"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="316"/>
        <source>Treatments</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="288"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="174"/>
        <source>Changes since the client agreed</source>
        <translation>Zmiany od uzgodnienia z klientem</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="177"/>
        <source>No treatment plan yet. A consultation&apos;s recommendation becomes a draft plan, or start one here with New plan.</source>
        <translation>Brak planów zabiegów. Zalecenia z konsultacji stają się roboczym planem zabiegów; plan można też utworzyć tutaj przyciskiem „Nowy plan”.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="280"/>
        <source>Stopped because: %1</source>
        <translation>Powód przerwania: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="285"/>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="287"/>
        <source>Agreed with the client</source>
        <translation>Uzgodniono z klientem</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="290"/>
        <source>First session</source>
        <translation>Pierwsza sesja</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="291"/>
        <source>Not set</source>
        <translation>Nie ustalono</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="295"/>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="310"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="311"/>
        <source>Expected result</source>
        <translation>Oczekiwany efekt</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="312"/>
        <source>Timeline agreed</source>
        <translation>Uzgodnione ramy czasowe</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="319"/>
        <source>No treatment in the plan yet.</source>
        <translation>W planie nie ma jeszcze zabiegów.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="321"/>
        <source>Planned</source>
        <translation>Zaplanowano</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="328"/>
        <source>service to choose later</source>
        <translation>usługa do wyboru później</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans_tab.py" line="330"/>
        <source>%1 of %n session(s) done</source>
        <translation>
            <numerusform>wykonano %1 z %n sesji</numerusform>
            <numerusform>wykonano %1 z %n sesji</numerusform>
            <numerusform>wykonano %1 z %n sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="vanished">
            <numerusform>%n sesja</numerusform>
            <numerusform>%n sesje</numerusform>
            <numerusform>%n sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans_tab.py" line="334"/>
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>w odstępie %n dnia</numerusform>
            <numerusform>w odstępie %n dni</numerusform>
            <numerusform>w odstępie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="341"/>
        <source>no date yet</source>
        <translation>jeszcze bez daty</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="356"/>
        <source>Changes are listed here once the client has agreed to the plan.</source>
        <translation>Zmiany pojawią się tutaj po uzgodnieniu planu z klientem.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="358"/>
        <source>No change since the client agreed to the plan.</source>
        <translation>Brak zmian od uzgodnienia planu z klientem.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="367"/>
        <source>%1, session %2</source>
        <translation>%1, sesja %2</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="374"/>
        <source>Reason: %1</source>
        <translation>Powód: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="447"/>
        <source>Has the client agreed to this plan? From now on, every change to it needs a reason and is kept in the plan&apos;s history.</source>
        <translation>Czy plan został uzgodniony z klientem? Od tej chwili każda zmiana planu będzie wymagać podania powodu i zostanie zapisana w jego historii.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="464"/>
        <source>Mark this plan as completed? It can no longer be changed afterwards.</source>
        <translation>Oznaczyć ten plan jako zakończony? Później nie będzie można go już zmienić.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="475"/>
        <source>Stop the plan</source>
        <translation>Przerwanie planu</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="477"/>
        <source>Write why the plan stops before its end, for example the client&apos;s decision, a reaction or a change in their health. The reason is kept with the plan.</source>
        <translation>Napisz, dlaczego plan zostaje przerwany przed zakończeniem, np. z powodu decyzji klienta, reakcji lub zmiany stanu zdrowia. Powód zostanie zapisany w planie.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="26"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="31"/>
        <source>Lock after this many idle minutes</source>
        <translation>Blokuj po tylu minutach bezczynności</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>Remember on this computer</source>
        <translation>Zapamiętaj na tym komputerze</translation>
    </message>
</context>
<context>
    <name>PreviousSessionTint</name>
    <message>
        <location filename="../../ui/session_tint.py" line="66"/>
        <source>As in the session of %1.</source>
        <translation>Tak jak podczas zabiegu z %1.</translation>
    </message>
    <message>
        <location filename="../../ui/session_tint.py" line="71"/>
        <source>Changed since the session of %1; it was: %2</source>
        <translation>Zmieniono od zabiegu z %1; wcześniej: %2</translation>
    </message>
    <message>
        <location filename="../../ui/session_tint.py" line="73"/>
        <source>(nothing)</source>
        <translation>(brak)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="51"/>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="52"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="63"/>
        <source>Save as JPEG</source>
        <translation>Zapisz jako JPEG</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="64"/>
        <source>JPEG pictures (*.jpg *.jpeg)</source>
        <translation>Obrazy JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="66"/>
        <source>The picture could not be saved: %1</source>
        <translation>Nie udało się zapisać obrazu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="54"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Nie udało się zapisać pliku PDF: %1</translation>
    </message>
</context>
<context>
    <name>ProductLines</name>
    <message>
        <location filename="../../ui/session_products.py" line="40"/>
        <source>lot %1, expires %2</source>
        <translation>partia %1, ważna do %2</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="43"/>
        <source>EXPIRED</source>
        <translation>PRZETERMINOWANA</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="94"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="95"/>
        <source>Batch (lot)</source>
        <translation>Nr partii</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="96"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="97"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="98"/>
        <source>Area or point</source>
        <translation>Obszar lub punkt</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="101"/>
        <source>Add a product</source>
        <translation>Dodaj produkt</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="102"/>
        <source>Remove the line</source>
        <translation>Usuń wiersz</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="143"/>
        <source>e.g. 20 or 0.5</source>
        <translation>np. 20 lub 0,5</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="190"/>
        <source>No batch in date: add one in Settings ▸ Products</source>
        <translation>Brak ważnej partii: dodaj ją w oknie Ustawienia ▸ Produkty</translation>
    </message>
</context>
<context>
    <name>ProductsEditor</name>
    <message>
        <location filename="../../ui/products_editor.py" line="45"/>
        <source>units</source>
        <translation>jednostki</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="46"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="47"/>
        <source>syringes</source>
        <translation>strzykawki</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="48"/>
        <source>vials</source>
        <translation>fiolki</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="49"/>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="50"/>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="51"/>
        <source>pieces</source>
        <translation>sztuki</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="202"/>
        <source>Show products no longer used</source>
        <translation>Pokaż produkty, które nie są już używane</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="203"/>
        <source>New product</source>
        <translation>Nowy produkt</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="207"/>
        <source>Name, as on the box *</source>
        <translation>Nazwa (jak na opakowaniu) *</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="208"/>
        <source>For treatment</source>
        <translation>Do zabiegu</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="209"/>
        <source>Measured in</source>
        <translation>Jednostka miary</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="210"/>
        <source>Usual largest quantity in a session</source>
        <translation>Typowa maksymalna ilość na sesję</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="215"/>
        <source>optional: a larger quantity is questioned</source>
        <translation>opcjonalnie: większa ilość będzie wymagać potwierdzenia</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="216"/>
        <source>In use (untick to stop offering it)</source>
        <translation>W użyciu (odznacz, aby wycofać z oferty)</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="217"/>
        <source>Save product</source>
        <translation>Zapisz produkt</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="218"/>
        <source>Batches</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Batch (lot)</source>
        <translation>Nr partii</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Expires on</source>
        <translation>Data ważności</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Received on</source>
        <translation>Data przyjęcia</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="222"/>
        <source>Add a batch…</source>
        <translation>Dodaj partię…</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="225"/>
        <source>Record each product you use and the batches you hold: sessions then record the batch used, expired batches are refused, and a recall finds every client who received a batch.</source>
        <translation>Zapisz każdy używany produkt i posiadane partie: podczas sesji zapisuje się wtedy użytą partię, przeterminowane partie są odrzucane, a w razie wycofania partii można odnaleźć wszystkich klientów, u których ją zastosowano.</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="232"/>
        <source>Any treatment</source>
        <translation>Dowolny zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="291"/>
        <source>%1 (expired)</source>
        <translation>%1 (przeterminowana)</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="318"/>
        <source>Type a quantity more than 0, for example 20 or 0.5, or leave it empty.</source>
        <translation>Wpisz ilość większą od 0, na przykład 20 lub 0,5, albo pozostaw pole puste.</translation>
    </message>
</context>
<context>
    <name>ProductsUsed</name>
    <message>
        <location filename="../../ui/session_products_used.py" line="66"/>
        <source>Products used</source>
        <translation>Użyte produkty</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="69"/>
        <source>Products placed on the chart below are recorded with their point; list here the ones used over an area or the whole face.</source>
        <translation>Produkty umieszczone na schemacie poniżej są zapisywane wraz z punktem; tutaj wymień te użyte na obszarze lub na całej twarzy.</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="73"/>
        <source>Face and body chart</source>
        <translation>Schemat twarzy i ciała</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="151"/>
        <source>Chart mark %1: %2</source>
        <translation>Znacznik %1 na schemacie: %2</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="158"/>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="177"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="178"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="179"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="181"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="186"/>
        <source>One per line</source>
        <translation>Jedna pozycja w wierszu</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/screening_view.py" line="59"/>
        <source>Reason to go ahead</source>
        <translation>Uzasadnienie wykonania zabiegu</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="64"/>
        <source>Write why the treatment can go ahead despite this warning, for example what you checked or who advised it. The reason is kept in the client&apos;s record.</source>
        <translation>Napisz, dlaczego zabieg może się odbyć mimo tego ostrzeżenia, np. co zostało sprawdzone lub kto to zalecił. Uzasadnienie zostanie zapisane w karcie klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="80"/>
        <source>Record the reason</source>
        <translation>Zapisz uzasadnienie</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="75"/>
        <source>Reason for the visit</source>
        <translation>Powód wizyty</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="76"/>
        <source>In the client&apos;s own words: what brings them, what bothers them.</source>
        <translation>Własnymi słowami klienta: z czym przychodzi, co mu przeszkadza.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="77"/>
        <source>Why the client came (required)</source>
        <translation>Powód wizyty klienta (wymagane)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="78"/>
        <source>Concerns: areas, how long, what was tried</source>
        <translation>Problemy: okolice, od jak dawna, co już próbowano</translation>
    </message>
</context>
<context>
    <name>RecordResultDialog</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="248"/>
        <source>Record a patch-test result</source>
        <translation>Zapisz wynik próby uczuleniowej</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="249"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="250"/>
        <source>Read at</source>
        <translation>Odczytano</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="261"/>
        <source>Choose the result that was read.</source>
        <translation>Wybierz odczytany wynik.</translation>
    </message>
</context>
<context>
    <name>RecordTestDialog</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="186"/>
        <source>Record a patch test</source>
        <translation>Zapisz próbę uczuleniową</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="188"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="189"/>
        <source>Product *</source>
        <translation>Preparat *</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="190"/>
        <source>Batch</source>
        <translation>Nr partii</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="191"/>
        <source>Site</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="192"/>
        <source>Applied</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="193"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="197"/>
        <source>e.g. behind the left ear</source>
        <translation>np. za lewym uchem</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="182"/>
        <source>Your recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="185"/>
        <source>If the passphrase is ever forgotten, this key opens the client file. Print the Recovery Sheet or write the key down now, and keep it away from this computer. It is shown this once; Settings can print a new sheet later.</source>
        <translation>Jeśli hasło zostanie zapomniane, ten klucz otworzy kartotekę klientów. Wydrukuj teraz arkusz odzyskiwania lub zapisz klucz i przechowuj go z dala od tego komputera. Klucz jest wyświetlany tylko ten jeden raz; nowy arkusz można później wydrukować w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="17"/>
        <location filename="../../ui/recovery_sheet.py" line="83"/>
        <source>ClinicDesk Recovery Sheet</source>
        <translation>Arkusz odzyskiwania ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="18"/>
        <source>If the passphrase is ever forgotten, this recovery key opens the client file. Whoever holds this sheet and the computer can read every record: keep it as you would keep the practice&apos;s keys.</source>
        <translation>Jeśli hasło zostanie zapomniane, ten klucz odzyskiwania otworzy kartotekę klientów. Kto ma ten arkusz i dostęp do komputera, może odczytać wszystkie karty: należy go chronić tak jak klucze do gabinetu.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="24"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="26"/>
        <source>Keep this sheet away from the computer, for example in a locked drawer or safe.</source>
        <translation>Przechowuj ten arkusz z dala od komputera, na przykład w zamykanej szufladzie lub w sejfie.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="30"/>
        <source>To use it: start ClinicDesk, choose “I forgot my passphrase”, type the key (upper or lower case, with or without dashes) and choose a new passphrase.</source>
        <translation>Aby go użyć: uruchom ClinicDesk, wybierz „Nie pamiętam hasła”, wpisz klucz (wielkimi lub małymi literami, z łącznikami lub bez) i ustaw nowe hasło.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="35"/>
        <source>If the sheet is lost, print a new one from Settings: the old key then stops working.</source>
        <translation>W razie utraty arkusza wydrukuj nowy w Ustawieniach: stary klucz przestanie wtedy działać.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="40"/>
        <source>Clinic</source>
        <translation>Gabinet</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="41"/>
        <source>Printed on</source>
        <translation>Data wydruku</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="42"/>
        <source>Vault identifier</source>
        <translation>Identyfikator sejfu</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="43"/>
        <source>Where this sheet is kept:</source>
        <translation>Miejsce przechowywania arkusza:</translation>
    </message>
</context>
<context>
    <name>RecoverySheetButtons</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="76"/>
        <source>Print the Recovery Sheet…</source>
        <translation>Drukuj arkusz odzyskiwania…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="77"/>
        <source>Save it as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <location filename="../../ui/screening_view.py" line="41"/>
        <source>Absolute: cannot go ahead</source>
        <translation>Bezwzględne: zabieg niemożliwy</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="42"/>
        <source>Relative: needs a reason</source>
        <translation>Względne: wymaga uzasadnienia</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="43"/>
        <source>Caution</source>
        <translation>Ostrożność</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="44"/>
        <source>Let through with a reason</source>
        <translation>Pominięte z uzasadnieniem</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="139"/>
        <source>%1: ruled out</source>
        <translation>%1: wykluczony</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="141"/>
        <source>%1: blocked until a reason is recorded</source>
        <translation>%1: zablokowany do czasu zapisania uzasadnienia</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="145"/>
        <source>%1: can go ahead, read the notes</source>
        <translation>%1: można wykonać, przeczytaj uwagi</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="147"/>
        <source>%1: nothing in the history stands in the way</source>
        <translation>%1: nic w wywiadzie nie stoi na przeszkodzie</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="181"/>
        <source>Record a reason…</source>
        <translation>Zapisz uzasadnienie…</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/catalogue_services.py" line="146"/>
        <source>Edit service</source>
        <translation>Edycja usługi</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="146"/>
        <source>New service</source>
        <translation>Nowa usługa</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="147"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="148"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="149"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="167"/>
        <source>Type the price as an amount, e.g. %1.</source>
        <translation>Wpisz cenę jako kwotę, np. %1.</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../ui/catalogue_services.py" line="254"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="255"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="258"/>
        <source>A service is saved as soon as its dialog is closed with Save. Services are retired, never deleted, because sessions and invoices name them.</source>
        <translation>Usługa zostaje zapisana, gdy tylko jej okno zostanie zamknięte przyciskiem Zapisz. Usług nie usuwa się, tylko wycofuje się je z oferty, ponieważ odwołują się do nich sesje i faktury.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="293"/>
        <source>%1 (retired)</source>
        <translation>%1 (poza ofertą)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalogue_services.py" line="296"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="326"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="326"/>
        <source>Retire</source>
        <translation>Wycofaj z oferty</translation>
    </message>
</context>
<context>
    <name>SessionBanner</name>
    <message>
        <location filename="../../ui/session_state.py" line="60"/>
        <source>Correcting a signed-off session: change what was wrong and say why. The original stays in the record beside the correction.</source>
        <translation>Poprawianie zatwierdzonego zabiegu: zmień to, co było błędne, i podaj powód. Pierwotna wersja pozostaje w dokumentacji obok poprawki.</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="66"/>
        <source>Signed off on %1 by %2. It can only be corrected, with a reason.</source>
        <translation>Zatwierdzono %1 (%2). Zabieg można już tylko poprawić, podając powód.</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="73"/>
        <source>The screening blocks this treatment: record a reason above to go ahead, or discard the draft and do not treat.</source>
        <translation>Ocena przeciwwskazań blokuje ten zabieg: aby go wykonać, zapisz uzasadnienie powyżej albo odrzuć wersję roboczą i nie wykonuj zabiegu.</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="78"/>
        <source>Draft: saved as you go, final once signed off.</source>
        <translation>Wersja robocza: zapisywana na bieżąco, ostateczna po zatwierdzeniu.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/session_dialog.py" line="112"/>
        <source>Session</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Adverse event…</source>
        <translation type="vanished">Zdarzenie niepożądane…</translation>
    </message>
    <message>
        <source>Print aftercare sheet…</source>
        <translation type="vanished">Drukuj kartę zaleceń pozabiegowych…</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="255"/>
        <source>Discard draft</source>
        <translation>Odrzuć wersję roboczą</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="vanished">Zapisz wersję roboczą</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation type="vanished">Zatwierdź…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="vanished">Popraw…</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation type="vanished">Anuluj poprawkę</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="vanished">Zapisz poprawkę</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Zamknij</translation>
    </message>
    <message>
        <source>Why is this corrected?</source>
        <translation type="vanished">Dlaczego wprowadzasz tę poprawkę?</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="138"/>
        <source>No batch in date for: %1. Add a batch in Settings ▸ Products.</source>
        <translation>Brak ważnej partii dla: %1. Dodaj partię w oknie Ustawienia ▸ Produkty.</translation>
    </message>
    <message>
        <source>Correcting a signed-off session: change what was wrong and say why. The original stays in the record beside the correction.</source>
        <translation type="vanished">Poprawianie zatwierdzonego zabiegu: zmień to, co było błędne, i podaj powód. Pierwotna wersja pozostaje w dokumentacji obok poprawki.</translation>
    </message>
    <message>
        <source>Signed off on %1 by %2. It can only be corrected, with a reason.</source>
        <translation type="vanished">Zatwierdzono %1 (%2). Zabieg można już tylko poprawić, podając powód.</translation>
    </message>
    <message>
        <source>The screening blocks this treatment: record a reason above to go ahead, or discard the draft and do not treat.</source>
        <translation type="vanished">Ocena przeciwwskazań blokuje ten zabieg: aby go wykonać, zapisz uzasadnienie powyżej albo odrzuć wersję roboczą i nie wykonuj zabiegu.</translation>
    </message>
    <message>
        <source>Draft: saved as you go, final once signed off.</source>
        <translation type="vanished">Wersja robocza: zapisywana na bieżąco, ostateczna po zatwierdzeniu.</translation>
    </message>
    <message>
        <source>Action taken: %1</source>
        <translation type="vanished">Podjęte działania: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="vanished">Dalsze postępowanie: %1</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="vanished">%1: „%2” → „%3”</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="235"/>
        <source>Large quantities</source>
        <translation>Duże ilości</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="236"/>
        <source>Sign off with these quantities?</source>
        <translation>Zatwierdzić z tymi ilościami?</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="256"/>
        <source>Throw this draft away? Nothing of it is kept but the fact it was started.</source>
        <translation>Odrzucić tę wersję roboczą? Nie zostanie z niej zachowane nic poza informacją, że ją rozpoczęto.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="352"/>
        <source>Aftercare sheet</source>
        <translation>Karta zaleceń pozabiegowych</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="362"/>
        <source>Session record</source>
        <translation>Karta zabiegu</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="370"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="371"/>
        <source>Save the changes before closing?</source>
        <translation>Zapisać zmiany przed zamknięciem?</translation>
    </message>
</context>
<context>
    <name>SessionFooter</name>
    <message>
        <location filename="../../ui/session_state.py" line="117"/>
        <source>Adverse event…</source>
        <translation>Zdarzenie niepożądane…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="118"/>
        <source>Photos…</source>
        <translation>Zdjęcia…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="119"/>
        <source>Print aftercare sheet…</source>
        <translation>Drukuj kartę zaleceń pozabiegowych…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="120"/>
        <source>Print session record…</source>
        <translation>Drukuj kartę zabiegu…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="121"/>
        <source>Discard draft</source>
        <translation>Odrzuć wersję roboczą</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="122"/>
        <source>Save draft</source>
        <translation>Zapisz wersję roboczą</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="123"/>
        <source>Sign off…</source>
        <translation>Zatwierdź…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="124"/>
        <source>Correct…</source>
        <translation>Popraw…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="125"/>
        <source>Cancel correction</source>
        <translation>Anuluj poprawkę</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="126"/>
        <source>Save correction</source>
        <translation>Zapisz poprawkę</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="127"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="131"/>
        <source>Why is this corrected?</source>
        <translation>Dlaczego wprowadzasz tę poprawkę?</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../ui/session_form.py" line="165"/>
        <source>When and who</source>
        <translation>Kiedy i kto</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="167"/>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="168"/>
        <source>Areas treated</source>
        <translation>Obszary zabiegowe</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="169"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="170"/>
        <source>Skin reaction</source>
        <translation>Reakcja skóry</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="171"/>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="172"/>
        <source>Discomfort (0–10)</source>
        <translation>Dyskomfort (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="181"/>
        <source>Reaction, discomfort and aftercare</source>
        <translation>Reakcja, dyskomfort i zalecenia pozabiegowe</translation>
    </message>
    <message>
        <source>Comfort (0–10)</source>
        <translation type="vanished">Dyskomfort (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="173"/>
        <source>Client&apos;s feedback</source>
        <translation>Opinia klienta</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="174"/>
        <source>Aftercare</source>
        <translation>Zalecenia pozabiegowe</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="175"/>
        <source>Next visit</source>
        <translation>Następna wizyta</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="178"/>
        <source>What was treated, and with what settings</source>
        <translation>Zakres zabiegu i ustawienia</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="179"/>
        <source>Separate areas with a semicolon: forehead; cheeks</source>
        <translation>Oddziel obszary średnikiem: czoło; policzki</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="180"/>
        <source>Device or kit used, e.g. its model</source>
        <translation>Użyte urządzenie lub zestaw, np. model</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation type="vanished">Użyte produkty</translation>
    </message>
    <message>
        <source>Products placed on the chart below are recorded with their point; list here the ones used over an area or the whole face.</source>
        <translation type="vanished">Produkty umieszczone na schemacie poniżej są zapisywane wraz z punktem; tutaj wymień te użyte na obszarze lub na całej twarzy.</translation>
    </message>
    <message>
        <source>Face and body chart</source>
        <translation type="vanished">Schemat twarzy i ciała</translation>
    </message>
    <message>
        <source>Reaction, comfort and aftercare</source>
        <translation type="vanished">Reakcja, dyskomfort i zalecenia pozabiegowe</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="183"/>
        <source>0 (none) to 10 (worst imaginable), or the client&apos;s own words</source>
        <translation>od 0 (brak) do 10 (najgorszy możliwy) lub słowa klienta</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="185"/>
        <source>Aftercare explained and the sheet handed over</source>
        <translation>Zalecenia pozabiegowe omówione, karta przekazana klientowi</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="186"/>
        <source>or in words, e.g. in 4 weeks for a review</source>
        <translation>lub słownie, np. za 4 tygodnie na kontrolę</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="216"/>
        <source>Practitioner: %1</source>
        <translation>Specjalista: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="252"/>
        <source>This is not a date.</source>
        <translation>To nie jest data.</translation>
    </message>
    <message>
        <source>Chart mark %1: %2</source>
        <translation type="vanished">Znacznik %1 na schemacie: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="vanished">Wiersz %1: %2</translation>
    </message>
    <message>
        <source>As in the session of %1.</source>
        <translation type="vanished">Tak jak podczas zabiegu z %1.</translation>
    </message>
    <message>
        <source>Changed since the session of %1; it was: %2</source>
        <translation type="vanished">Zmieniono od zabiegu z %1; wcześniej: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="vanished">(brak)</translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message>
        <location filename="../../ui/session_history.py" line="31"/>
        <source>Adverse events</source>
        <translation>Zdarzenia niepożądane</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="39"/>
        <source>Action taken: %1</source>
        <translation>Podjęte działania: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="42"/>
        <source>Follow-up: %1</source>
        <translation>Dalsze postępowanie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="48"/>
        <source>Corrections</source>
        <translation>Poprawki</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="51"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2” → „%3”</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <location filename="../../ui/session_summary.py" line="46"/>
        <source>Session record</source>
        <translation>Karta zabiegu</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="47"/>
        <source>Signed off %1</source>
        <translation>Zatwierdzono %1</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="48"/>
        <source>Draft: not signed off</source>
        <translation>Wersja robocza: niezatwierdzona</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="49"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="50"/>
        <source>Born</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="51"/>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="52"/>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="53"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="54"/>
        <source>Plan</source>
        <translation>Plan zabiegów</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="55"/>
        <source>Session %1 of %2</source>
        <translation>Sesja %1 z %2</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="56"/>
        <source>Not part of a plan</source>
        <translation>Poza planem zabiegów</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="57"/>
        <source>Products and batches</source>
        <translation>Produkty i partie</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="58"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="59"/>
        <source>Batch</source>
        <translation>Nr partii</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="60"/>
        <source>Expires</source>
        <translation>Data ważności</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="61"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="62"/>
        <source>Where</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>%1 (mark %2)</source>
        <translation type="vanished">%1 (znacznik %2)</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="64"/>
        <source>Face and body chart</source>
        <translation>Schemat twarzy i ciała</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="65"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="66"/>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="67"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="68"/>
        <source>Treatment given</source>
        <translation>Wykonany zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="69"/>
        <source>Reaction, discomfort and feedback</source>
        <translation>Reakcja, dyskomfort i opinia klienta</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="70"/>
        <source>Aftercare and next visit</source>
        <translation>Zalecenia pozabiegowe i następna wizyta</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="71"/>
        <source>%1 out of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="vanished">%1 na 10</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="63"/>
        <source>on the chart: %1</source>
        <translation>na schemacie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="72"/>
        <source>Screening before treatment</source>
        <translation>Ocena przeciwwskazań przed zabiegiem</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="73"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="74"/>
        <source>Finding</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="75"/>
        <source>Let through because:</source>
        <translation>Pominięto z uzasadnieniem:</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="76"/>
        <source>Adverse events</source>
        <translation>Zdarzenia niepożądane</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="77"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="78"/>
        <source>Severity</source>
        <translation>Nasilenie</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="79"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="80"/>
        <source>Action taken</source>
        <translation>Podjęte działania</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="81"/>
        <source>Follow-up</source>
        <translation>Dalsze postępowanie</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="82"/>
        <source>Recorded by</source>
        <translation>Zapisane przez</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="83"/>
        <source>Corrections after sign-off</source>
        <translation>Poprawki po zatwierdzeniu</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="84"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="85"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="86"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="87"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="88"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="89"/>
        <source>Practitioner&apos;s signature</source>
        <translation>Podpis specjalisty</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="90"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
</context>
<context>
    <name>SessionTexts</name>
    <message>
        <location filename="../../ui/session_texts.py" line="16"/>
        <source>Areas treated</source>
        <translation>Obszary zabiegowe</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="17"/>
        <source>Areas drawn on the chart</source>
        <translation>Obszary zaznaczone na schemacie</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="18"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="19"/>
        <source>Skin reaction</source>
        <translation>Reakcja skóry</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="20"/>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation type="vanished">Dyskomfort</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="21"/>
        <source>Discomfort</source>
        <translation>Dyskomfort</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="22"/>
        <source>Client&apos;s feedback</source>
        <translation>Opinia klienta</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="23"/>
        <source>Aftercare given</source>
        <translation>Przekazano zalecenia pozabiegowe</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="24"/>
        <source>Aftercare</source>
        <translation>Zalecenia pozabiegowe</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="25"/>
        <source>Next visit (day)</source>
        <translation>Następna wizyta (dzień)</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="26"/>
        <source>Next visit</source>
        <translation>Następna wizyta</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="27"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="30"/>
        <source>Draft</source>
        <translation>Roboczy</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="31"/>
        <source>Signed off</source>
        <translation>Zatwierdzony</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="50"/>
        <source>%1 %2 %3, lot %4</source>
        <translation>%1 %2 %3, partia %4</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="72"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="74"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Clinic</source>
        <translation>Gabinet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Passphrase and recovery</source>
        <translation>Hasło i odzyskiwanie</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Treatments</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="186"/>
        <source>Clinic name *</source>
        <translation>Nazwa gabinetu *</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Go through each client&apos;s history again after</source>
        <translation>Ponownie omawiaj wywiad z każdym klientem po</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>Lock after (minutes idle)</source>
        <translation>Blokada po (minuty bezczynności)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="198"/>
        <source>Remember the key on this computer</source>
        <translation>Zapamiętaj klucz na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>This computer has no secure keychain, so ClinicDesk always asks for the passphrase.</source>
        <translation>Ten komputer nie ma bezpiecznego magazynu kluczy, dlatego ClinicDesk zawsze prosi o hasło.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Kept in %1. ClinicDesk then opens without the passphrase for this computer account; choose it only if nobody else uses this account.</source>
        <translation>Przechowywany w: %1. ClinicDesk otwiera się wtedy bez hasła na tym koncie użytkownika; tę opcję należy wybrać tylko wtedy, gdy nikt inny nie korzysta z tego konta.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Change the passphrase</source>
        <translation>Zmiana hasła</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="216"/>
        <location filename="../../ui/settings_dialog.py" line="275"/>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="217"/>
        <location filename="../../ui/settings_dialog.py" line="296"/>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>Recovery Sheet</source>
        <translation>Arkusz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="220"/>
        <source>Print the Recovery Sheet again if it was lost or damaged. If it may have been seen by someone else, replace the recovery key instead: the old sheet then stops working.</source>
        <translation>Wydrukuj ponownie arkusz odzyskiwania, jeśli został zgubiony lub zniszczony. Jeśli mógł go zobaczyć ktoś inny, wymień zamiast tego klucz odzyskiwania: stary arkusz przestanie wtedy działać.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>Print or save the Recovery Sheet…</source>
        <translation>Drukuj lub zapisz arkusz odzyskiwania…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="226"/>
        <source>Replace the recovery key…</source>
        <translation>Wymień klucz odzyskiwania…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="229"/>
        <source> days</source>
        <translation> dniach</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="276"/>
        <source>Type the new passphrase the same way twice; it needs 8 characters.</source>
        <translation>Wpisz nowe hasło dwukrotnie w identyczny sposób; musi mieć co najmniej 8 znaków.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>The passphrase has been changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="297"/>
        <source>Enter the passphrase to continue:</source>
        <translation>Wpisz hasło, aby kontynuować:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="312"/>
        <source>Print the Recovery Sheet, or save it as a PDF?</source>
        <translation>Wydrukować arkusz odzyskiwania czy zapisać go jako PDF?</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="313"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="314"/>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="318"/>
        <source>ClinicDesk Recovery Sheet</source>
        <translation>Arkusz odzyskiwania ClinicDesk</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="305"/>
        <source>Set up ClinicDesk</source>
        <translation>Konfiguracja ClinicDesk</translation>
    </message>
</context>
<context>
    <name>SkinPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="135"/>
        <source>Skin assessment</source>
        <translation>Ocena skóry</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="137"/>
        <source>Fitzpatrick type and skin type are kept in the history and screened.</source>
        <translation>Fototyp i typ skóry są zapisywane w wywiadzie i uwzględniane w ocenie przeciwwskazań.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="139"/>
        <source>Fitzpatrick skin type</source>
        <translation>Fototyp skóry wg Fitzpatricka</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="140"/>
        <source>Skin type</source>
        <translation>Typ skóry</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="142"/>
        <source>Observations: texture, pigmentation, lines, sensitivity</source>
        <translation>Obserwacje: tekstura, przebarwienia, zmarszczki, wrażliwość</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="150"/>
        <source>Not assessed</source>
        <translation>Nie oceniono</translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <location filename="../../ui/session_start.py" line="51"/>
        <source>New session</source>
        <translation>Nowy zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="74"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="76"/>
        <source>Counts towards</source>
        <translation>Zalicza się do</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="77"/>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="81"/>
        <source>Starting screens the client&apos;s history again for this treatment. A contraindication that rules it out stops here.</source>
        <translation>Rozpoczęcie ponownie sprawdza wywiad klienta pod kątem przeciwwskazań do tego zabiegu. Jeśli przeciwwskazanie wyklucza zabieg, nie będzie można go rozpocząć.</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="90"/>
        <source>Screen and start</source>
        <translation>Sprawdź i rozpocznij</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="114"/>
        <source>No plan: a session on its own</source>
        <translation>Bez planu: pojedynczy zabieg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_start.py" line="117"/>
        <source>Plan of %1 (%n session(s))</source>
        <translation>
            <numerusform>Plan z %1 (%n sesja)</numerusform>
            <numerusform>Plan z %1 (%n sesje)</numerusform>
            <numerusform>Plan z %1 (%n sesji)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="141"/>
        <source>Choose the treatment.</source>
        <translation>Wybierz zabieg.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/timeline_model.py" line="202"/>
        <source>Session: %1</source>
        <translation>Zabieg: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="204"/>
        <source>draft, not signed off</source>
        <translation>roboczy, niezatwierdzony</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline_model.py" line="207"/>
        <source>Photos: %n</source>
        <translation>
            <numerusform>Zdjęcia: %n</numerusform>
            <numerusform>Zdjęcia: %n</numerusform>
            <numerusform>Zdjęcia: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="212"/>
        <source>Adverse event (%1): %2</source>
        <translation>Zdarzenie niepożądane (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="220"/>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="222"/>
        <source>draft, not finished</source>
        <translation>robocza, niezakończona</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="226"/>
        <source>Considered: %1</source>
        <translation>Rozważane: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="235"/>
        <source>Planned: %1, session %2 of %3</source>
        <translation>Zaplanowano: %1, sesja %2 z %3</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="241"/>
        <source>Overdue: not done yet</source>
        <translation>Zaległa: jeszcze niewykonana</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="243"/>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="247"/>
        <source>Patch test: %1</source>
        <translation>Próba uczuleniowa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="251"/>
        <source>read on %1</source>
        <translation>odczytano %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="267"/>
        <source>%1, lot %2, %3 %4</source>
        <translation>%1, partia %2, %3 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline_model.py" line="269"/>
        <source>%1, lot %2, %3 %4 over %n point(s)</source>
        <translation>
            <numerusform>%1, partia %2, %3 %4 w %n punkcie</numerusform>
            <numerusform>%1, partia %2, %3 %4 w %n punktach</numerusform>
            <numerusform>%1, partia %2, %3 %4 w %n punktach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="280"/>
        <source>by %1</source>
        <translation>specjalista: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="286"/>
        <source>Session amended: %1</source>
        <translation>Poprawiono zabieg: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="289"/>
        <source>Consultation amended</source>
        <translation>Poprawiono konsultację</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="291"/>
        <location filename="../../ui/timeline_model.py" line="300"/>
        <location filename="../../ui/timeline_model.py" line="321"/>
        <source>Reason: %1</source>
        <translation>Powód: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="297"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="298"/>
        <source>Photos: %1</source>
        <translation>Zdjęcia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="301"/>
        <source>Photo consent changed</source>
        <translation>Zmieniono zgodę na wykorzystanie zdjęć</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="303"/>
        <source>Health data may be kept</source>
        <translation>Zgoda na przechowywanie danych o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="305"/>
        <source>No consent to keep health data</source>
        <translation>Brak zgody na przechowywanie danych o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="307"/>
        <source>Consent given</source>
        <translation>Wyrażono zgodę</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="312"/>
        <source>Plan drafted</source>
        <translation>Utworzono roboczy plan</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="313"/>
        <source>Plan agreed with the client</source>
        <translation>Uzgodniono plan z klientem</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="314"/>
        <source>Plan started</source>
        <translation>Rozpoczęto plan</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="315"/>
        <source>Plan completed</source>
        <translation>Zakończono plan</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="316"/>
        <source>Plan stopped</source>
        <translation>Przerwano plan</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="317"/>
        <source>Plan changed</source>
        <translation>Zmieniono plan</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="330"/>
        <source>%1, session %2 moved to %3</source>
        <translation>%1, sesja %2 — nowy termin: %3</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="333"/>
        <source>no date</source>
        <translation>nieustalony</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/timeline_tab.py" line="170"/>
        <source>New session…</source>
        <translation>Nowy zabieg…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="172"/>
        <source>Sessions</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="173"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="174"/>
        <source>Adverse events</source>
        <translation>Zdarzenia niepożądane</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="175"/>
        <source>Amendments</source>
        <translation>Poprawki</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="176"/>
        <source>Consultations</source>
        <translation>Konsultacje</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="177"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="178"/>
        <source>Plans</source>
        <translation>Plany</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="179"/>
        <source>Planned sessions</source>
        <translation>Zaplanowane sesje</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="180"/>
        <source>Patch tests</source>
        <translation>Próby uczuleniowe</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="184"/>
        <source>Show or hide: %1</source>
        <translation>Pokaż lub ukryj: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="249"/>
        <source>All plans and treatments</source>
        <translation>Wszystkie plany i zabiegi</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="255"/>
        <source>Plan of %1: %2</source>
        <translation>Plan z %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="282"/>
        <source>Nothing is recorded for this client yet. Start with a consultation in the Consultations tab, or record a treatment with New session.</source>
        <translation>Dla tego klienta nic jeszcze nie zapisano. Zacznij od konsultacji na karcie „Konsultacje” albo zapisz zabieg przyciskiem „Nowy zabieg”.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="289"/>
        <source>Nothing matches these filters. Turn a kind back on above, or choose “All plans and treatments”.</source>
        <translation>Nic nie pasuje do tych filtrów. Włącz ponownie któryś rodzaj wpisów powyżej albo wybierz „Wszystkie plany i zabiegi”.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="352"/>
        <source>A planned session is overdue since %1 (%2).</source>
        <translation>Zaplanowana sesja jest zaległa od %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="359"/>
        <source>Next planned session: %1 (%2).</source>
        <translation>Następna zaplanowana sesja: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="368"/>
        <source>Plan of %1 · %2</source>
        <translation>Plan z %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="383"/>
        <source>%1 of %2 sessions</source>
        <translation>%1 z %2 sesji</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="393"/>
        <source>overdue since %1</source>
        <translation>zaległa od %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="397"/>
        <source>next: %1</source>
        <translation>następna: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="399"/>
        <source>no day planned yet</source>
        <translation>termin jeszcze nieustalony</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="407"/>
        <source>%1, session %2</source>
        <translation>%1, sesja %2</translation>
    </message>
</context>
<context>
    <name>TreatmentRows</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="187"/>
        <source>Treatment</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="188"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="189"/>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="190"/>
        <source>Days apart</source>
        <translation>Odstęp (dni)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="195"/>
        <location filename="../../ui/plan_editor.py" line="226"/>
        <source>Not set</source>
        <translation>Nie ustalono</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="254"/>
        <source>To choose later</source>
        <translation>Do wyboru później</translation>
    </message>
</context>
<context>
    <name>TreatmentsPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="154"/>
        <source>Treatments considered</source>
        <translation>Rozważane zabiegi</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="157"/>
        <source>Tick what you discuss. Each treatment is checked against the history at once: absolute contraindications rule it out, relative ones need a reason.</source>
        <translation>Zaznacz omawiane zabiegi. Każdy z nich jest od razu sprawdzany pod kątem wywiadu: przeciwwskazania bezwzględne go wykluczają, a względne wymagają uzasadnienia.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="161"/>
        <source>Tick a treatment on the left to see what the history says.</source>
        <translation>Zaznacz zabieg po lewej stronie, aby zobaczyć, co wynika z wywiadu.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock.py" line="122"/>
        <source>ClinicDesk is locked</source>
        <translation>ClinicDesk jest zablokowany</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="123"/>
        <source>Enter your passphrase to open the client file.</source>
        <translation>Wpisz hasło, aby otworzyć kartotekę klientów.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="124"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="125"/>
        <source>I forgot my passphrase</source>
        <translation>Nie pamiętam hasła</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="127"/>
        <source>Type the recovery key from your Recovery Sheet, then choose a new passphrase.</source>
        <translation>Wpisz klucz odzyskiwania z arkusza odzyskiwania, a następnie ustaw nowe hasło.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Unlock and set the new passphrase</source>
        <translation>Odblokuj i ustaw nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="130"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="175"/>
        <source>Choose a new passphrase first, typed the same way twice.</source>
        <translation>Najpierw ustaw nowe hasło, wpisując je dwukrotnie tak samo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="211"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Ponowna próba będzie możliwa za %n sekundę.</numerusform>
            <numerusform>Ponowna próba będzie możliwa za %n sekundy.</numerusform>
            <numerusform>Ponowna próba będzie możliwa za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/history_versions.py" line="160"/>
        <source>Versions of this history entry</source>
        <translation>Wersje tego wpisu w wywiadzie</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Entry</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="163"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="168"/>
        <source>Removed</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="170"/>
        <source>First recorded</source>
        <translation>Pierwszy zapis</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="170"/>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
</context>
</TS>
