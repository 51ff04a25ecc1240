<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="272"/>
        <source>ClinicDesk cannot use its data folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../../ui/client_editor.py" line="133"/>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="133"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="135"/>
        <source>Given name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="136"/>
        <source>Family name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="137"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="138"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140"/>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="141"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="142"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="143"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="144"/>
        <source>Address (2nd line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="145"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="146"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="147"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="148"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="149"/>
        <source>How they found us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="150"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="151"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="156"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="157"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="158"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="159"/>
        <source>Intersex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="160"/>
        <source>Prefers not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="167"/>
        <source>e.g. +33 6 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="170"/>
        <source>Agrees to receive news and offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="229"/>
        <source>This is not a date. Write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="286"/>
        <source>same name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="287"/>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="288"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="297"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="298"/>
        <source>This client may already be in ClinicDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="300"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="301"/>
        <source>Open existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="302"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="317"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="318"/>
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
        <location filename="../../ui/client_record.py" line="106"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="107"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="108"/>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="110"/>
        <source>Choose a client in the list and press Enter to open their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="144"/>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="145"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="188"/>
        <source>Under 18 (%n year(s) old): check identity and parental consent before any treatment.</source>
        <translation>
            <numerusform>Under 18 (%n year old): check identity and parental consent before any treatment.</numerusform>
            <numerusform>Under 18 (%n years old): check identity and parental consent before any treatment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="194"/>
        <source>No date of birth: age-restricted treatments cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="197"/>
        <source>%n other record(s) may be the same person.</source>
        <translation>
            <numerusform>%n other record may be the same person.</numerusform>
            <numerusform>%n other records may be the same person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="199"/>
        <source>No phone or email: the client cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="200"/>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="202"/>
        <source>The medical history has not been gone through with the client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="205"/>
        <source>The medical history was last reviewed on %1: go through it again before treating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="208"/>
        <source>%n contraindication warning(s) were let through with a reason.</source>
        <translation>
            <numerusform>%n contraindication warning was let through with a reason.</numerusform>
            <numerusform>%n contraindication warnings were let through with a reason.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="219"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="220"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="221"/>
        <source>Intersex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="222"/>
        <source>Prefers not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="236"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="237"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="238"/>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="239"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="240"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="241"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="242"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="243"/>
        <source>How they found us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="245"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="246"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="246"/>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="248"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="249"/>
        <source>Client since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="260"/>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="261"/>
        <source>Record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="262"/>
        <source>Record opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="263"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="264"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="265"/>
        <source>History entry added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="266"/>
        <source>History entry changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="267"/>
        <source>History entry removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="268"/>
        <source>History reviewed with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="269"/>
        <source>Contraindication warning let through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="270"/>
        <source>Patch test applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="271"/>
        <source>Patch test read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="276"/>
        <source>Imported from a client list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="38"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="39"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="40"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="41"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicDeskError</name>
    <message>
        <location filename="../../cli.py" line="97"/>
        <source>No passphrase given: set CLINICDESK_PASSPHRASE or use --passphrase-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="146"/>
        <source>--clients must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="206"/>
        <source>Verification found {count} problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cli.py" line="222"/>
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
        <location filename="../../services/client_fields.py" line="90"/>
        <source>The given name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="97"/>
        <source>The family name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="106"/>
        <location filename="../../services/clinic.py" line="60"/>
        <source>This field holds at most {maximum} characters; it has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="119"/>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="126"/>
        <source>The date of birth is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="133"/>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="140"/>
        <source>Unknown value for sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="146"/>
        <location filename="../../services/clinic.py" line="70"/>
        <source>Unknown language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="153"/>
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
        <location filename="../../services/clinic.py" line="49"/>
        <location filename="../../services/practice.py" line="220"/>
        <source>The clinic&apos;s name is required.</source>
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
        <location filename="../../services/integrity.py" line="57"/>
        <source>The database is older than the last change recorded for this vault: it may have been replaced by an older copy. Nothing was changed. Restore your most recent backup, and run &apos;clinicdesk verify&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="70"/>
        <source>ClinicDesk is locked; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="160"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="166"/>
        <source>The database refused the change ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="192"/>
        <source>The data folder {folder} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="225"/>
        <source>Your name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="235"/>
        <source>The data folder holds a database without its vault header. It was left as it is; restore the folder from a backup or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="300"/>
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
        <location filename="../../services/catalogue.py" line="122"/>
        <source>This treatment is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="145"/>
        <source>The treatment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="149"/>
        <source>Patch-test times cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="113"/>
        <source>Unknown history section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="116"/>
        <source>Choose an entry from the list or describe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="120"/>
        <source>Unknown history code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="123"/>
        <source>This text is {length} characters long; at most {limit} fit. Shorten it or put the rest in the client&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="135"/>
        <source>The date {date} is not possible here: it must be between 1900 and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="144"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="209"/>
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
        <location filename="../../services/screening.py" line="158"/>
        <source>This contraindication is absolute: the treatment cannot go ahead, whatever the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="167"/>
        <source>Write why the treatment can go ahead despite this warning ({minimum} to {maximum} characters).</source>
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
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <location filename="../../ui/errors.py" line="94"/>
        <source>ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Something went wrong in ClinicDesk. Your records are safe: every change is saved completely or not at all, so the last action may not have been saved. You can carry on working. The error was noted in the log, without any client data.</source>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;About ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Client lists (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Importing clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="236"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="240"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client imported.</numerusform>
            <numerusform>%n clients imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="242"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n row skipped.</numerusform>
            <numerusform>%n rows skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>About ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>ClinicDesk %1
The client file of your salon or clinic, kept on this computer and encrypted.</source>
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
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="19"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="21"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="33"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="34"/>
        <source>The PDF could not be saved: %1</source>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Passphrase and recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Clinic name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="173"/>
        <source>Lock after (minutes idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>Remember the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>This computer has no secure keychain, so ClinicDesk always asks for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="185"/>
        <source>Kept in %1. ClinicDesk then opens without the passphrase for this computer account; choose it only if nobody else uses this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <location filename="../../ui/settings_dialog.py" line="263"/>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Print the Recovery Sheet again if it was lost or damaged. If it may have been seen by someone else, replace the recovery key instead: the old sheet then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Print or save the Recovery Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>Replace the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>Type the new passphrase the same way twice; it needs 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>The passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="264"/>
        <source>Enter the passphrase to continue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="279"/>
        <source>Print the Recovery Sheet, or save it as a PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="280"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="281"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="285"/>
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
</TS>
