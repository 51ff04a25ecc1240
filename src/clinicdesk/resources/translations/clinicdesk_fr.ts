<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="272"/>
        <source>ClinicDesk cannot use its data folder %1: %2</source>
        <translation>ClinicDesk ne peut pas utiliser son dossier de données %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../../ui/client_editor.py" line="133"/>
        <source>Edit client</source>
        <translation>Modifier la fiche client</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="133"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="135"/>
        <source>Given name *</source>
        <translation>Prénom *</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="136"/>
        <source>Family name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="137"/>
        <source>Preferred name</source>
        <translation>Prénom d’usage</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="138"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140"/>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="141"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="142"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="143"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="144"/>
        <source>Address (2nd line)</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="145"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="146"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="147"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="148"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="149"/>
        <source>How they found us</source>
        <translation>Nous a connus par</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="150"/>
        <source>Marketing</source>
        <translation>Offres et actualités</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="151"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="156"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="157"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="158"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="159"/>
        <source>Intersex</source>
        <translation>Intersexe</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="160"/>
        <source>Prefers not to say</source>
        <translation>Ne souhaite pas le préciser</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="167"/>
        <source>e.g. +33 6 12 34 56 78</source>
        <translation>ex.&#xa0;: +33 6 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="170"/>
        <source>Agrees to receive news and offers</source>
        <translation>Accepte de recevoir des actualités et des offres</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="229"/>
        <source>This is not a date. Write it as %1.</source>
        <translation>Ce n’est pas une date. Saisissez-la au format %1.</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="286"/>
        <source>same name and date of birth</source>
        <translation>mêmes nom et date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="287"/>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="288"/>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="297"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="298"/>
        <source>This client may already be in ClinicDesk:</source>
        <translation>Ce client figure peut-être déjà dans ClinicDesk&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="300"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="301"/>
        <source>Open existing client</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="302"/>
        <source>Go back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="317"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="318"/>
        <source>Save the changes to this client before closing?</source>
        <translation>Enregistrer les modifications de cette fiche client avant de la fermer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <location filename="../../ui/client_list.py" line="128"/>
        <source>Search by name, phone, email or date of birth  (Ctrl+F)</source>
        <translation>Rechercher par nom, téléphone, e-mail ou date de naissance  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="130"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="131"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Ajouter un client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="199"/>
        <source>No client matches “%1”.

Check the spelling, try part of the name or the phone number, or press Ctrl+N to add a new client.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».

Vérifiez l’orthographe, essayez une partie du nom ou le numéro de téléphone, ou appuyez sur Ctrl+N pour ajouter un nouveau client.</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py" line="207"/>
        <source>No clients yet.

Press Ctrl+N or “New client” to add the first one, or import your client list from a spreadsheet (File ▸ Import clients).</source>
        <translation>Aucun client pour l’instant.

Appuyez sur Ctrl+N ou sur «&#xa0;Nouveau client&#xa0;» pour ajouter le premier, ou importez votre liste de clients depuis un tableur (Fichier ▸ Importer des clients).</translation>
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
        <translation>tapez au moins 3 chiffres pour chercher par téléphone</translation>
    </message>
</context>
<context>
    <name>ClientRecordPane</name>
    <message>
        <location filename="../../ui/client_record.py" line="106"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="107"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="108"/>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="110"/>
        <source>Choose a client in the list and press Enter to open their record.</source>
        <translation>Choisissez un client dans la liste et appuyez sur Entrée pour ouvrir sa fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="144"/>
        <source>%1, born %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="145"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="188"/>
        <source>Under 18 (%n year(s) old): check identity and parental consent before any treatment.</source>
        <translation>
            <numerusform>Moins de 18 ans (%n an)&#xa0;: vérifiez l’identité et l’autorisation parentale avant tout soin.</numerusform>
            <numerusform>Moins de 18 ans (%n ans)&#xa0;: vérifiez l’identité et l’autorisation parentale avant tout soin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="194"/>
        <source>No date of birth: age-restricted treatments cannot be checked.</source>
        <translation>Pas de date de naissance&#xa0;: impossible de vérifier les soins soumis à une limite d’âge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="197"/>
        <source>%n other record(s) may be the same person.</source>
        <translation>
            <numerusform>%n autre fiche concerne peut-être la même personne.</numerusform>
            <numerusform>%n autres fiches concernent peut-être la même personne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="199"/>
        <source>No phone or email: the client cannot be reached.</source>
        <translation>Ni téléphone ni e-mail&#xa0;: impossible de contacter ce client.</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="200"/>
        <source>Allergies: %1</source>
        <translation>Allergies : %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="202"/>
        <source>The medical history has not been gone through with the client yet.</source>
        <translation>Les antécédents médicaux n’ont pas encore été passés en revue avec le client.</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="205"/>
        <source>The medical history was last reviewed on %1: go through it again before treating.</source>
        <translation>Antécédents médicaux revus pour la dernière fois le %1 : revoyez-les avant tout soin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="208"/>
        <source>%n contraindication warning(s) were let through with a reason.</source>
        <translation>
            <numerusform>%n alerte de contre-indication a été levée avec justification.</numerusform>
            <numerusform>%n alertes de contre-indication ont été levées avec justification.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="219"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="220"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="221"/>
        <source>Intersex</source>
        <translation>Intersexe</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="222"/>
        <source>Prefers not to say</source>
        <translation>Ne souhaite pas le préciser</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="236"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="237"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="238"/>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="239"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="240"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="241"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="242"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="243"/>
        <source>How they found us</source>
        <translation>Nous a connus par</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="245"/>
        <source>Marketing</source>
        <translation>Offres et actualités</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="246"/>
        <source>Agreed</source>
        <translation>Accepte</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="246"/>
        <source>Not agreed</source>
        <translation>N’accepte pas</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="248"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="249"/>
        <source>Client since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="260"/>
        <source>Record created</source>
        <translation>Fiche créée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="261"/>
        <source>Record changed</source>
        <translation>Fiche modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="262"/>
        <source>Record opened</source>
        <translation>Fiche consultée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="263"/>
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="264"/>
        <source>Exported</source>
        <translation>Exportée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="265"/>
        <source>History entry added</source>
        <translation>Antécédent ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="266"/>
        <source>History entry changed</source>
        <translation>Antécédent modifié</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="267"/>
        <source>History entry removed</source>
        <translation>Antécédent retiré</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="268"/>
        <source>History reviewed with the client</source>
        <translation>Antécédents revus avec le client</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="269"/>
        <source>Contraindication warning let through</source>
        <translation>Alerte de contre-indication levée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="270"/>
        <source>Patch test applied</source>
        <translation>Test cutané posé</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="271"/>
        <source>Patch test read</source>
        <translation>Test cutané lu</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="276"/>
        <source>Imported from a client list</source>
        <translation>Importée depuis une liste de clients</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="37"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="38"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="39"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="40"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="41"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
</context>
<context>
    <name>ClinicDeskError</name>
    <message>
        <location filename="../../cli.py" line="97"/>
        <source>No passphrase given: set CLINICDESK_PASSPHRASE or use --passphrase-stdin.</source>
        <translation>Aucune phrase secrète fournie&#xa0;: définissez CLINICDESK_PASSPHRASE ou utilisez --passphrase-stdin.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="146"/>
        <source>--clients must be at least 1.</source>
        <translation>--clients doit valoir au moins 1.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="206"/>
        <source>Verification found {count} problem(s).</source>
        <translation>La vérification a relevé {count} problème(s).</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="222"/>
        <source>Self-test failed: {names}.</source>
        <translation>Échec de l’autotest&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="46"/>
        <source>The database {name} cannot be read: it is damaged or it does not belong to this vault. It has not been changed or deleted. Restore the data folder from a backup.</source>
        <translation>La base de données {name} est illisible&#xa0;: elle est endommagée ou n’appartient pas à ce coffre. Elle n’a été ni modifiée ni supprimée. Restaurez le dossier de données à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="80"/>
        <source>The database file {name} is missing from the data folder. Restore the data folder from a backup; ClinicDesk will not create an empty one in its place.</source>
        <translation>Le fichier de base de données {name} est absent du dossier de données. Restaurez le dossier de données à partir d’une sauvegarde&#xa0;; ClinicDesk ne créera pas de base vide à sa place.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="54"/>
        <source>This data was saved by a newer version of ClinicDesk. Install the latest version to open it; nothing has been changed.</source>
        <translation>Ces données ont été enregistrées par une version plus récente de ClinicDesk. Installez la dernière version pour les ouvrir&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="96"/>
        <source>Could not save a copy of the database before upgrading it: {reason}. Nothing was changed.</source>
        <translation>Impossible d’enregistrer une copie de la base de données avant sa mise à jour&#xa0;: {reason}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="108"/>
        <source>The copy taken before upgrading did not verify, so the upgrade was not started. Nothing was changed.</source>
        <translation>La copie faite avant la mise à jour n’a pas pu être vérifiée&#xa0;; la mise à jour n’a donc pas été lancée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="90"/>
        <source>The given name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="97"/>
        <source>The family name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="106"/>
        <location filename="../../services/clinic.py" line="60"/>
        <source>This field holds at most {maximum} characters; it has {length}.</source>
        <translation>Ce champ est limité à {maximum} caractères&#xa0;; il en contient {length}.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="119"/>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="126"/>
        <source>The date of birth is before 1900.</source>
        <translation>La date de naissance est antérieure à 1900.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="133"/>
        <source>This is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="140"/>
        <source>Unknown value for sex.</source>
        <translation>Valeur de sexe inconnue.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="146"/>
        <location filename="../../services/clinic.py" line="70"/>
        <source>Unknown language.</source>
        <translation>Langue inconnue.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="153"/>
        <source>The country is a two-letter code such as FR.</source>
        <translation>Le pays s’indique par un code à deux lettres, par exemple FR.</translation>
    </message>
    <message>
        <location filename="../../services/client_import.py" line="36"/>
        <source>{name} is larger than 200 MB; it cannot be a client list.</source>
        <translation>{name} dépasse 200 Mo&#xa0;: ce ne peut pas être une liste de clients.</translation>
    </message>
    <message>
        <location filename="../../services/client_import.py" line="44"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="106"/>
        <source>This is not a phone number. Include the country code (for example +33) for a number from abroad.</source>
        <translation>Ce n’est pas un numéro de téléphone. Pour un numéro étranger, indiquez l’indicatif du pays (par exemple +32).</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="160"/>
        <source>The referring client no longer exists.</source>
        <translation>Le client parrain n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="189"/>
        <source>A client cannot refer themselves.</source>
        <translation>Un client ne peut pas être son propre parrain.</translation>
    </message>
    <message>
        <location filename="../../services/clients.py" line="217"/>
        <source>This client record no longer exists.</source>
        <translation>Cette fiche client n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../services/clinic.py" line="49"/>
        <location filename="../../services/practice.py" line="220"/>
        <source>The clinic&apos;s name is required.</source>
        <translation>Le nom de l’établissement est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="70"/>
        <source>This file is not a text/CSV file. Save the client list from your spreadsheet as CSV and try again.</source>
        <translation>Ce fichier n’est pas un fichier texte/CSV. Enregistrez la liste de clients au format CSV depuis votre tableur, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="144"/>
        <source>The characters in this file could not be recognised. Save it as CSV in UTF-8 and try again.</source>
        <translation>Les caractères de ce fichier n’ont pas pu être reconnus. Enregistrez-le au format CSV UTF-8, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="336"/>
        <source>The file could not be read as CSV near line {line}.</source>
        <translation>Le fichier n’a pas pu être lu comme un fichier CSV vers la ligne {line}.</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="386"/>
        <source>The file has no client rows.</source>
        <translation>Le fichier ne contient aucune ligne de client.</translation>
    </message>
    <message>
        <location filename="../../services/csv_reading.py" line="391"/>
        <source>No column holds the client&apos;s name. The first line must name the columns, for example &quot;First name&quot; and &quot;Last name&quot;, or &quot;Name&quot; (also &quot;Prénom&quot;/&quot;Nom&quot;, &quot;Imię&quot;/&quot;Nazwisko&quot;, &quot;姓名&quot;).</source>
        <translation>Aucune colonne ne contient le nom du client. La première ligne doit nommer les colonnes, par exemple «&#xa0;Prénom&#xa0;» et «&#xa0;Nom&#xa0;», ou «&#xa0;Nom complet&#xa0;» (également «&#xa0;First name&#xa0;»/«&#xa0;Last name&#xa0;», «&#xa0;Name&#xa0;», «&#xa0;Imię&#xa0;»/«&#xa0;Nazwisko&#xa0;», «&#xa0;姓名&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../services/integrity.py" line="57"/>
        <source>The database is older than the last change recorded for this vault: it may have been replaced by an older copy. Nothing was changed. Restore your most recent backup, and run &apos;clinicdesk verify&apos; for details.</source>
        <translation>La base de données est plus ancienne que la dernière modification enregistrée pour ce coffre&#xa0;: elle a peut-être été remplacée par une copie plus ancienne. Rien n’a été modifié. Restaurez votre sauvegarde la plus récente et lancez «&#xa0;clinicdesk verify&#xa0;» pour en savoir plus.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="70"/>
        <source>ClinicDesk is locked; unlock it and try again.</source>
        <translation>ClinicDesk est verrouillé ; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="160"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Le disque est plein. Rien n’a été enregistré&#xa0;; libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="166"/>
        <source>The database refused the change ({reason}).</source>
        <translation>La base de données a refusé la modification ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="192"/>
        <source>The data folder {folder} cannot be created: {reason}</source>
        <translation>Impossible de créer le dossier de données {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="225"/>
        <source>Your name is required.</source>
        <translation>Votre nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="235"/>
        <source>The data folder holds a database without its vault header. It was left as it is; restore the folder from a backup or choose another folder.</source>
        <translation>Le dossier de données contient une base de données sans l’en-tête de son coffre. Il a été laissé en l’état&#xa0;; restaurez le dossier à partir d’une sauvegarde ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="300"/>
        <source>The key is not remembered on this computer.</source>
        <translation>La clé n’est pas mémorisée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="59"/>
        <source>The vault header (vault.json) in the data folder is damaged and its previous copy too. Your passphrase is not the problem. Restore the data folder from a backup; nothing has been changed or deleted.</source>
        <translation>L’en-tête du coffre (vault.json) du dossier de données est endommagé, de même que sa copie précédente. Votre phrase secrète n’est pas en cause. Restaurez le dossier de données à partir d’une sauvegarde&#xa0;; rien n’a été modifié ni supprimé.</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="72"/>
        <source>There is no ClinicDesk vault in {folder}.</source>
        <translation>Il n’y a pas de coffre ClinicDesk dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="83"/>
        <source>This vault was made by a newer ClinicDesk. Install the latest version.</source>
        <translation>Ce coffre a été créé par une version plus récente de ClinicDesk. Installez la dernière version.</translation>
    </message>
    <message>
        <location filename="../../vault/header.py" line="117"/>
        <source>Could not write {name}: {reason}. Nothing was changed.</source>
        <translation>Impossible d’écrire {name}&#xa0;: {reason}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../vault/lock.py" line="25"/>
        <source>ClinicDesk is already open on this data folder. Close the other window first.</source>
        <translation>ClinicDesk est déjà ouvert sur ce dossier de données. Fermez d’abord l’autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../../vault/lock.py" line="32"/>
        <source>The data folder cannot be written to: {reason}</source>
        <translation>Impossible d’écrire dans le dossier de données&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="56"/>
        <source>A ClinicDesk vault already exists in {folder}.</source>
        <translation>Un coffre ClinicDesk existe déjà dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="101"/>
        <source>A recovery key has 24 letters and digits in six groups of four. Check what you typed against the Recovery Sheet.</source>
        <translation>Une clé de récupération compte 24 lettres et chiffres, en six groupes de quatre. Comparez votre saisie avec la feuille de récupération.</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="124"/>
        <source>That passphrase is not correct.</source>
        <translation>Cette phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="127"/>
        <source>That recovery key does not open this vault.</source>
        <translation>Cette clé de récupération n’ouvre pas ce coffre.</translation>
    </message>
    <message>
        <location filename="../../vault/vault.py" line="217"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Une phrase secrète doit contenir au moins {count} caractères.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="122"/>
        <source>This treatment is not in the catalogue.</source>
        <translation>Ce soin ne figure pas au catalogue.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="145"/>
        <source>The treatment needs a name.</source>
        <translation>Le soin doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="149"/>
        <source>Patch-test times cannot be negative.</source>
        <translation>Les délais du test cutané ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="113"/>
        <source>Unknown history section.</source>
        <translation>Rubrique d’antécédents inconnue.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="116"/>
        <source>Choose an entry from the list or describe it.</source>
        <translation>Choisissez une entrée dans la liste ou décrivez-la.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="120"/>
        <source>Unknown history code.</source>
        <translation>Code d’antécédent inconnu.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="123"/>
        <source>This text is {length} characters long; at most {limit} fit. Shorten it or put the rest in the client&apos;s notes.</source>
        <translation>Ce texte compte {length} caractères ; {limit} au maximum. Raccourcissez-le ou mettez le reste dans les notes du client.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="135"/>
        <source>The date {date} is not possible here: it must be between 1900 and today.</source>
        <translation>La date {date} n’est pas possible ici : elle doit être comprise entre 1900 et aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="144"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="209"/>
        <source>This history entry no longer exists.</source>
        <translation>Cet antécédent n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="53"/>
        <source>Name the product that was tested.</source>
        <translation>Indiquez le produit testé.</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="58"/>
        <source>A patch test cannot be recorded before it is applied.</source>
        <translation>Un test cutané ne peut pas être enregistré avant d’avoir été posé.</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="98"/>
        <source>This patch test no longer exists.</source>
        <translation>Ce test cutané n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../services/patch_tests.py" line="102"/>
        <source>The reading time must be after the test was applied and not in the future.</source>
        <translation>L’heure de lecture doit suivre la pose du test et ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="158"/>
        <source>This contraindication is absolute: the treatment cannot go ahead, whatever the reason.</source>
        <translation>Cette contre-indication est absolue : le soin ne peut pas avoir lieu, quelle que soit la raison.</translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="167"/>
        <source>Write why the treatment can go ahead despite this warning ({minimum} to {maximum} characters).</source>
        <translation>Indiquez pourquoi le soin peut avoir lieu malgré cette alerte ({minimum} à {maximum} caractères).</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="110"/>
        <source>Your clinic</source>
        <translation>Votre établissement</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="111"/>
        <source>These details appear on consent forms and other printouts.</source>
        <translation>Ces informations figurent sur les formulaires de consentement et les autres documents imprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="115"/>
        <source>Clinic name *</source>
        <translation>Nom de l’établissement *</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="116"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="117"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="118"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="119"/>
        <source>Your name *</source>
        <translation>Votre nom *</translation>
    </message>
</context>
<context>
    <name>ConfirmRecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="212"/>
        <source>Check the recovery key</source>
        <translation>Vérifier la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="214"/>
        <source>To be sure it was written down correctly, type two groups of it from paper.</source>
        <translation>Pour vous assurer qu’elle a été bien recopiée, saisissez deux de ses groupes en les lisant sur le papier.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="217"/>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <location filename="../../ui/errors.py" line="94"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>Something went wrong in ClinicDesk. Your records are safe: every change is saved completely or not at all, so the last action may not have been saved. You can carry on working. The error was noted in the log, without any client data.</source>
        <translation>Un problème est survenu dans ClinicDesk. Vos fiches sont en sécurité&#xa0;: chaque modification est enregistrée entièrement ou pas du tout, la dernière action n’a donc peut-être pas été enregistrée. Vous pouvez continuer à travailler. L’erreur a été consignée dans le journal, sans aucune donnée client.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="242"/>
        <source>All set</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="245"/>
        <source>Your client file is ready. ClinicDesk locks itself after some minutes without use; the passphrase opens it again.</source>
        <translation>Votre fichier clients est prêt. ClinicDesk se verrouille après quelques minutes d’inactivité&#xa0;; la phrase secrète permet de le rouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="252"/>
        <source>Remember the key on this computer (%1), so ClinicDesk opens without the passphrase. Only if nobody else uses this computer account.</source>
        <translation>Mémoriser la clé sur cet ordinateur (%1) pour que ClinicDesk s’ouvre sans la phrase secrète. Uniquement si personne d’autre n’utilise ce compte d’utilisateur.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="68"/>
        <source>Welcome to ClinicDesk</source>
        <translation>Bienvenue dans ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="71"/>
        <source>ClinicDesk keeps your client file on this computer, encrypted. Setting it up takes two minutes: your clinic&apos;s details, a passphrase, and a Recovery Sheet to print and keep safe.</source>
        <translation>ClinicDesk conserve votre fichier clients sur cet ordinateur, sous forme chiffrée. La configuration prend deux minutes&#xa0;: les coordonnées de votre établissement, une phrase secrète et une feuille de récupération à imprimer et à conserver en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="76"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;New client</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Find client</source>
        <translation>&amp;Rechercher un client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;About ClinicDesk</source>
        <translation>À &amp;propos de ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Client lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes de clients (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Importing clients…</source>
        <translation>Importation des clients…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="236"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre ligne.</numerusform>
            <numerusform>… et %n autres lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="240"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client importé.</numerusform>
            <numerusform>%n clients importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="242"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n ligne ignorée.</numerusform>
            <numerusform>%n lignes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>About ClinicDesk</source>
        <translation>À propos de ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>ClinicDesk %1
The client file of your salon or clinic, kept on this computer and encrypted.</source>
        <translation>ClinicDesk %1
Le fichier clients de votre institut ou de votre cabinet, conservé sur cet ordinateur et chiffré.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="44"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="45"/>
        <source>Type it again</source>
        <translation>Saisissez-la de nouveau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase_fields.py" line="62"/>
        <source>At least %n characters. A short sentence you will remember is best.</source>
        <translation>
            <numerusform>Au moins %n caractère. L’idéal&#xa0;: une courte phrase dont vous vous souviendrez.</numerusform>
            <numerusform>Au moins %n caractères. L’idéal&#xa0;: une courte phrase dont vous vous souviendrez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="66"/>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Faible&#xa0;: facile à deviner. Ajoutez des mots.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="67"/>
        <source>Fair. A few more words would make it strong.</source>
        <translation>Moyenne. Quelques mots de plus la rendraient robuste.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="68"/>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="69"/>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="73"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="139"/>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>The passphrase unlocks ClinicDesk each day. A short sentence is easier to remember and harder to guess than a word with symbols. Nobody, not even ClinicDesk&apos;s makers, can recover it: the Recovery Sheet on the next page can.</source>
        <translation>La phrase secrète déverrouille ClinicDesk chaque jour. Une courte phrase est plus facile à retenir et plus difficile à deviner qu’un mot avec des symboles. Personne, pas même les concepteurs de ClinicDesk, ne peut la récupérer&#xa0;: la feuille de récupération de la page suivante, si.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="148"/>
        <source>Create my client file</source>
        <translation>Créer mon fichier clients</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="26"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="31"/>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>Remember on this computer</source>
        <translation>Se souvenir sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="19"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="21"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="33"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="34"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Le PDF n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="182"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="185"/>
        <source>If the passphrase is ever forgotten, this key opens the client file. Print the Recovery Sheet or write the key down now, and keep it away from this computer. It is shown this once; Settings can print a new sheet later.</source>
        <translation>Si la phrase secrète est oubliée, cette clé permet d’ouvrir le fichier clients. Imprimez la feuille de récupération ou notez la clé dès maintenant, et conservez-la loin de cet ordinateur. Elle n’est affichée qu’une seule fois&#xa0;; vous pourrez imprimer une nouvelle feuille plus tard depuis les Paramètres.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="17"/>
        <location filename="../../ui/recovery_sheet.py" line="83"/>
        <source>ClinicDesk Recovery Sheet</source>
        <translation>Feuille de récupération ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="18"/>
        <source>If the passphrase is ever forgotten, this recovery key opens the client file. Whoever holds this sheet and the computer can read every record: keep it as you would keep the practice&apos;s keys.</source>
        <translation>Si la phrase secrète est oubliée, cette clé de récupération permet d’ouvrir le fichier clients. Quiconque détient cette feuille et l’ordinateur peut lire toutes les fiches&#xa0;: conservez-la comme vous conservez les clés de l’établissement.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="24"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="26"/>
        <source>Keep this sheet away from the computer, for example in a locked drawer or safe.</source>
        <translation>Conservez cette feuille loin de l’ordinateur, par exemple dans un tiroir fermé à clé ou un coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="30"/>
        <source>To use it: start ClinicDesk, choose “I forgot my passphrase”, type the key (upper or lower case, with or without dashes) and choose a new passphrase.</source>
        <translation>Pour l’utiliser&#xa0;: lancez ClinicDesk, choisissez «&#xa0;J’ai oublié ma phrase secrète&#xa0;», saisissez la clé (en majuscules ou en minuscules, avec ou sans tirets) et choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="35"/>
        <source>If the sheet is lost, print a new one from Settings: the old key then stops working.</source>
        <translation>Si la feuille est perdue, imprimez-en une nouvelle depuis les Paramètres&#xa0;: l’ancienne clé cessera alors de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="40"/>
        <source>Clinic</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="41"/>
        <source>Printed on</source>
        <translation>Imprimée le</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="42"/>
        <source>Vault identifier</source>
        <translation>Identifiant du coffre</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="43"/>
        <source>Where this sheet is kept:</source>
        <translation>Lieu de conservation de cette feuille&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecoverySheetButtons</name>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="76"/>
        <source>Print the Recovery Sheet…</source>
        <translation>Imprimer la feuille de récupération…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet.py" line="77"/>
        <source>Save it as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Clinic</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Passphrase and recovery</source>
        <translation>Phrase secrète et récupération</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Clinic name *</source>
        <translation>Nom de l’établissement *</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="173"/>
        <source>Lock after (minutes idle)</source>
        <translation>Verrouiller après (minutes d’inactivité)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>Remember the key on this computer</source>
        <translation>Mémoriser la clé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>This computer has no secure keychain, so ClinicDesk always asks for the passphrase.</source>
        <translation>Cet ordinateur ne dispose pas de trousseau sécurisé&#xa0;: ClinicDesk demande donc toujours la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="185"/>
        <source>Kept in %1. ClinicDesk then opens without the passphrase for this computer account; choose it only if nobody else uses this account.</source>
        <translation>Conservée dans %1. ClinicDesk s’ouvre alors sans la phrase secrète pour ce compte d’utilisateur&#xa0;; ne choisissez cette option que si personne d’autre n’utilise ce compte.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <location filename="../../ui/settings_dialog.py" line="263"/>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>Recovery Sheet</source>
        <translation>Feuille de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Print the Recovery Sheet again if it was lost or damaged. If it may have been seen by someone else, replace the recovery key instead: the old sheet then stops working.</source>
        <translation>Réimprimez la feuille de récupération si elle a été perdue ou abîmée. Si quelqu’un d’autre a pu la voir, remplacez plutôt la clé de récupération&#xa0;: l’ancienne feuille cessera alors de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Print or save the Recovery Sheet…</source>
        <translation>Imprimer ou enregistrer la feuille de récupération…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>Replace the recovery key…</source>
        <translation>Remplacer la clé de récupération…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>Type the new passphrase the same way twice; it needs 8 characters.</source>
        <translation>Saisissez deux fois la nouvelle phrase secrète à l’identique&#xa0;; elle doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>The passphrase has been changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="264"/>
        <source>Enter the passphrase to continue:</source>
        <translation>Saisissez la phrase secrète pour continuer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="279"/>
        <source>Print the Recovery Sheet, or save it as a PDF?</source>
        <translation>Imprimer la feuille de récupération ou l’enregistrer en PDF&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="280"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="281"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="285"/>
        <source>ClinicDesk Recovery Sheet</source>
        <translation>Feuille de récupération ClinicDesk</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="305"/>
        <source>Set up ClinicDesk</source>
        <translation>Configurer ClinicDesk</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/unlock.py" line="122"/>
        <source>ClinicDesk is locked</source>
        <translation>ClinicDesk est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="123"/>
        <source>Enter your passphrase to open the client file.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir le fichier clients.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="124"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="125"/>
        <source>I forgot my passphrase</source>
        <translation>J’ai oublié ma phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="127"/>
        <source>Type the recovery key from your Recovery Sheet, then choose a new passphrase.</source>
        <translation>Saisissez la clé de récupération indiquée sur votre feuille de récupération, puis choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Unlock and set the new passphrase</source>
        <translation>Déverrouiller et définir la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="130"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="175"/>
        <source>Choose a new passphrase first, typed the same way twice.</source>
        <translation>Choisissez d’abord une nouvelle phrase secrète, saisie deux fois à l’identique.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="211"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
</TS>
