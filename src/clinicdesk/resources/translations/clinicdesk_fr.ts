<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Mark %1: its batch is not offered for this session. Choose a product.</source>
        <translation type="vanished">Repère %1&#xa0;: son lot n’est pas proposé pour cette séance. Choisissez un produit.</translation>
    </message>
    <message>
        <source>Mark %1 has a product but no quantity.</source>
        <translation type="vanished">Le repère %1 a un produit mais pas de quantité.</translation>
    </message>
    <message>
        <source>Mark %1 has a quantity but no product.</source>
        <translation type="vanished">Le repère %1 a une quantité mais pas de produit.</translation>
    </message>
    <message>
        <source>At most %1 marks can have no product; this chart has %2.</source>
        <translation type="vanished">Au plus %1 repères peuvent être sans produit&#xa0;; ce schéma en compte %2.</translation>
    </message>
    <message>
        <source>From the previous session: move or edit this mark to keep it.</source>
        <translation type="vanished">Repris de la séance précédente&#xa0;: déplacez ou modifiez ce repère pour le conserver.</translation>
    </message>
    <message>
        <source>No product — area only</source>
        <translation type="vanished">Aucun produit — zone seulement</translation>
    </message>
    <message>
        <source>Batch not offered for this session</source>
        <translation type="vanished">Lot non proposé pour cette séance</translation>
    </message>
    <message>
        <source>Type the quantity: a number more than 0 with at most 3 decimals, for example 20 or %1.</source>
        <translation type="vanished">Saisissez la quantité&#xa0;: un nombre supérieur à 0 avec au plus 3 décimales, par exemple 20 ou %1.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity. Type a number more than 0 with at most 3 decimals, for example 20 or %2.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» n’est pas une quantité. Saisissez un nombre supérieur à 0 avec au plus 3 décimales, par exemple 20 ou %2.</translation>
    </message>
    <message>
        <source>%1 %2 %3, lot %4</source>
        <translation type="vanished">%1 %2 %3, lot %4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">Non</translation>
    </message>
    <message>
        <source>client</source>
        <translation type="vanished">client</translation>
    </message>
    <message>
        <source>born</source>
        <translation type="vanished">naissance</translation>
    </message>
    <message>
        <source>when</source>
        <translation type="vanished">date</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation type="vanished">praticien(ne)</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation type="vanished">soin</translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="vanished">plan</translation>
    </message>
    <message>
        <source>signed_off</source>
        <translation type="vanished">validée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="vanished">brouillon</translation>
    </message>
    <message>
        <source>title</source>
        <translation type="vanished">titre</translation>
    </message>
    <message>
        <source>products</source>
        <translation type="vanished">produits</translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="vanished">schéma</translation>
    </message>
    <message>
        <source>screening</source>
        <translation type="vanished">contrôle</translation>
    </message>
    <message>
        <source>override</source>
        <translation type="vanished">levée</translation>
    </message>
    <message>
        <source>events</source>
        <translation type="vanished">effets indésirables</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation type="vanished">corrections</translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="vanished">signature</translation>
    </message>
    <message>
        <source>page</source>
        <translation type="vanished">page</translation>
    </message>
    <message>
        <source>no_plan</source>
        <translation type="vanished">hors plan</translation>
    </message>
    <message>
        <source>plan_progress</source>
        <translation type="vanished">progression du plan</translation>
    </message>
    <message>
        <source>on_chart</source>
        <translation type="vanished">sur le schéma</translation>
    </message>
    <message>
        <source>comfort_score</source>
        <translation type="vanished">score de gêne</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="47"/>
        <source>Adverse event</source>
        <translation>Effet indésirable</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="50"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="69"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="70"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="71"/>
        <source>Action taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="72"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="77"/>
        <source>Recorded at</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="80"/>
        <source>An adverse event is kept with the session for good; it cannot be edited.</source>
        <translation>Un effet indésirable reste définitivement rattaché à la séance&#xa0;; il ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>AdverseEvents</name>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="28"/>
        <source>Mild: settles without treatment</source>
        <translation>Léger&#xa0;: se résorbe sans traitement</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="29"/>
        <source>Moderate: needed treatment or advice</source>
        <translation>Modéré&#xa0;: a nécessité un traitement ou un avis</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.py" line="30"/>
        <source>Severe: urgent care or lasting harm</source>
        <translation>Sévère&#xa0;: soins urgents ou séquelles durables</translation>
    </message>
</context>
<context>
    <name>AftercareSheet</name>
    <message>
        <location filename="../../ui/session_printing.py" line="29"/>
        <source>Aftercare</source>
        <translation>Conseils post-soin</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="30"/>
        <source>Thank you for your visit. Please read these instructions carefully and keep this sheet.</source>
        <translation>Merci de votre visite. Veuillez lire attentivement ces consignes et conserver cette fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="34"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="35"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="36"/>
        <source>Practitioner</source>
        <translation>Praticien(ne)</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="37"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="38"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="39"/>
        <source>Caring for your skin at home</source>
        <translation>Prendre soin de votre peau à la maison</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="40"/>
        <source>Call us at once if</source>
        <translation>Appelez-nous immédiatement si</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="41"/>
        <source>Your clinic</source>
        <translation>Votre établissement</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="42"/>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="43"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="44"/>
        <source>{product} {quantity} {unit}, batch {lot}</source>
        <translation>{product} {quantity} {unit}, lot {lot}</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="47"/>
        <source>you see signs of infection: redness or warmth that grows, pus, or a fever;</source>
        <translation>vous constatez des signes d’infection&#xa0;: rougeur ou chaleur qui s’étend, pus ou fièvre&#xa0;;</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="51"/>
        <source>the pain is severe or getting worse;</source>
        <translation>la douleur est intense ou s’aggrave&#xa0;;</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="52"/>
        <source>blisters, crusts or swelling keep spreading after two days.</source>
        <translation>des cloques, des croûtes ou un gonflement continuent de s’étendre après deux jours.</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="58"/>
        <source>the skin turns pale, white or dusky, or your sight changes: call {emergency} and then us, at once.</source>
        <translation>la peau devient pâle, blanche ou violacée, ou votre vue se modifie&#xa0;: appelez immédiatement le {emergency}, puis appelez-nous.</translation>
    </message>
    <message>
        <location filename="../../ui/session_printing.py" line="65"/>
        <source>an eyelid or the mouth droops, or you have trouble swallowing, speaking or breathing (for breathing: call {emergency} first).</source>
        <translation>une paupière ou la bouche tombe, ou vous avez du mal à avaler, à parler ou à respirer (en cas de gêne respiratoire&#xa0;: appelez d’abord le {emergency}).</translation>
    </message>
    <message>
        <source>the skin turns pale, white or dusky, or your sight changes: call 112 (999 in the UK) and then us, at once.</source>
        <translation type="vanished">la peau devient pâle, blanche ou violacée, ou votre vue se modifie&#xa0;: appelez immédiatement le 112 (999 au Royaume-Uni), puis appelez-nous.</translation>
    </message>
    <message>
        <source>an eyelid or the mouth droops, or you have trouble swallowing, speaking or breathing (for breathing: call 112 or 999 first).</source>
        <translation type="vanished">une paupière ou la bouche tombe, ou vous avez du mal à avaler, à parler ou à respirer (en cas de gêne respiratoire&#xa0;: appelez d’abord le 112 ou le 999).</translation>
    </message>
</context>
<context>
    <name>AllergyRows</name>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="59"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="63"/>
        <source>Add another allergy</source>
        <translation>Ajouter une autre allergie</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="69"/>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="70"/>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="71"/>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/consultation_amend.py" line="35"/>
        <source>Amend the consultation</source>
        <translation>Corriger la consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="60"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="61"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="62"/>
        <source>Corrected</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="64"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_amend.py" line="73"/>
        <source>The original answer is kept; the correction is shown beside it with your name, the time and the reason.</source>
        <translation>La réponse d’origine est conservée&#xa0;; la correction s’affiche à côté, avec votre nom, l’heure et le motif.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="262"/>
        <source>there is a file named %1 where the folder should be. Move or rename that file, then start ClinicDesk again.</source>
        <translation>un fichier nommé %1 se trouve à l’emplacement du dossier. Déplacez ou renommez ce fichier, puis redémarrez ClinicDesk.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="267"/>
        <source>the disk it is on can only be read, not written to. If it is a memory card, a USB drive or a network folder, make it writable, then start ClinicDesk again.</source>
        <translation>le disque sur lequel il se trouve est en lecture seule. S’il s’agit d’une carte mémoire, d’une clé USB ou d’un dossier réseau, autorisez-y l’écriture, puis redémarrez ClinicDesk.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="272"/>
        <source>your user account is not allowed to write there. Ask whoever looks after this computer to give your account access to that folder.</source>
        <translation>votre compte utilisateur n’a pas le droit d’y écrire. Demandez à la personne qui gère cet ordinateur de donner à votre compte l’accès à ce dossier.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="277"/>
        <source>the disk is full. Free some space, then start ClinicDesk again.</source>
        <translation>le disque est plein. Libérez de l’espace, puis redémarrez ClinicDesk.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="280"/>
        <source>it cannot be reached (%1). If it is on a USB drive or a network folder, connect it, then start ClinicDesk again.</source>
        <translation>il est inaccessible (%1). S’il se trouve sur une clé USB ou dans un dossier réseau, branchez la clé ou connectez le dossier réseau, puis redémarrez ClinicDesk.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="286"/>
        <source>To use another folder, start ClinicDesk with --data-dir FOLDER, or set CLINICDESK_DATA_DIR to that folder.</source>
        <translation>Pour utiliser un autre dossier, lancez ClinicDesk avec --data-dir DOSSIER, ou indiquez ce dossier dans la variable CLINICDESK_DATA_DIR.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="299"/>
        <source>ClinicDesk cannot use its data folder %1: %2</source>
        <translation>ClinicDesk ne peut pas utiliser son dossier de données %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/products_editor.py" line="67"/>
        <source>New batch of %1</source>
        <translation>Nouveau lot de %1</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="74"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="79"/>
        <source>Batch (lot) number</source>
        <translation>Numéro de lot</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="81"/>
        <source>Expires on</source>
        <translation>Périme le</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="83"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="99"/>
        <source>Type the expiry date printed on the box.</source>
        <translation>Saisissez la date de péremption imprimée sur la boîte.</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="101"/>
        <source>This is not a date.</source>
        <translation>Ce n’est pas une date.</translation>
    </message>
</context>
<context>
    <name>BatchLookupDialog</name>
    <message>
        <location filename="../../ui/batch_lookup.py" line="101"/>
        <source>Batch look-up</source>
        <translation>Recherche par lot</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="102"/>
        <location filename="../../ui/batch_lookup.py" line="226"/>
        <source>Batch (lot)</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="103"/>
        <location filename="../../ui/batch_lookup.py" line="121"/>
        <location filename="../../ui/batch_lookup.py" line="225"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="104"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="105"/>
        <source>Print the list…</source>
        <translation>Imprimer la liste…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="106"/>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="107"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="111"/>
        <source>Any product</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="118"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="119"/>
        <location filename="../../ui/batch_lookup.py" line="222"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="120"/>
        <location filename="../../ui/batch_lookup.py" line="223"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="122"/>
        <location filename="../../ui/batch_lookup.py" line="227"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="123"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="134"/>
        <source>Signed off</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="134"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="167"/>
        <source>Type the batch (lot) number from the recall notice: every client who received it is listed with their phone number.</source>
        <translation>Saisissez le numéro de lot indiqué sur l’avis de rappel&#xa0;: chaque client qui l’a reçu est listé avec son numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="171"/>
        <location filename="../../ui/batch_lookup.py" line="193"/>
        <source>No session used this batch.</source>
        <translation>Aucune séance n’a utilisé ce lot.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/batch_lookup.py" line="173"/>
        <source>%n client(s) received this batch</source>
        <translation>
            <numerusform>%n client a reçu ce lot</numerusform>
            <numerusform>%n clients ont reçu ce lot</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="186"/>
        <source>Product recall: clients who received batch %1</source>
        <translation>Rappel de produit&#xa0;: clients ayant reçu le lot %1</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="191"/>
        <source>printed %1</source>
        <translation>imprimé le %1</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="194"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="210"/>
        <source>Save as CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="212"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="220"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="221"/>
        <source>Client number</source>
        <translation>N° de client</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="224"/>
        <source>Session number</source>
        <translation>N° de séance</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="228"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="237"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/batch_lookup.py" line="238"/>
        <source>The list could not be saved: %1</source>
        <translation>La liste n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BodyChart</name>
    <message>
        <location filename="../../ui/body_chart.py" line="147"/>
        <source>&amp;Product for new marks:</source>
        <translation>&amp;Produit des nouveaux repères&#xa0;:</translation>
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
        <translation>repris de la séance précédente&#xa0;: déplacez ou modifiez pour conserver</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="307"/>
        <source>This chart can only be looked at. Choose a mark to find it in the list.</source>
        <translation>Ce schéma est en lecture seule. Choisissez un repère pour le retrouver dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="311"/>
        <source>Keyboard: arrows move the cross, Enter places a point, Tab chooses the next mark; the arrows then move it, + and − resize it, Delete removes it, Esc lets it go. Keys 1 to 5 change the view.</source>
        <translation>Clavier&#xa0;: les flèches déplacent la croix, Entrée place un point, Tab sélectionne le repère suivant&#xa0;; les flèches le déplacent alors, + et − le redimensionnent, Suppr le supprime, Échap le relâche. Les touches 1 à 5 changent de vue.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart.py" line="317"/>
        <source>Click to place a point, drag to draw an area. Drag a number to move its mark, right-click it to remove it.</source>
        <translation>Cliquez pour placer un point, faites glisser pour dessiner une zone. Faites glisser un numéro pour déplacer son repère, cliquez dessus avec le bouton droit pour le supprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="47"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="48"/>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="49"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="50"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="51"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="52"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="55"/>
        <source>Face</source>
        <translation>Visage</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="56"/>
        <source>Left profile</source>
        <translation>Profil gauche</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="57"/>
        <source>Right profile</source>
        <translation>Profil droit</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="58"/>
        <source>Body front</source>
        <translation>Corps, de face</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="59"/>
        <source>Body back</source>
        <translation>Corps, de dos</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="219"/>
        <source>Mark %1: its batch is not offered for this session. Choose a product.</source>
        <translation>Repère %1&#xa0;: son lot n’est pas proposé pour cette séance. Choisissez un produit.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="226"/>
        <source>Mark %1 has a product but no quantity.</source>
        <translation>Le repère %1 a un produit mais pas de quantité.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="232"/>
        <source>Mark %1 has a quantity but no product.</source>
        <translation>Le repère %1 a une quantité mais pas de produit.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="239"/>
        <source>At most %1 marks can have no product; this chart has %2.</source>
        <translation>Au plus %1 repères peuvent être sans produit&#xa0;; ce schéma en compte %2.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="299"/>
        <source>From the previous session: move or edit this mark to keep it.</source>
        <translation>Repris de la séance précédente&#xa0;: déplacez ou modifiez ce repère pour le conserver.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="322"/>
        <source>No product — area only</source>
        <translation>Aucun produit — zone seulement</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="327"/>
        <source>Batch not offered for this session</source>
        <translation>Lot non proposé pour cette séance</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="368"/>
        <source>Type the quantity: a number more than 0 with at most 3 decimals, for example 20 or %1.</source>
        <translation>Saisissez la quantité&#xa0;: un nombre supérieur à 0 avec au plus 3 décimales, par exemple 20 ou %1.</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_table.py" line="374"/>
        <source>“%1” is not a quantity. Type a number more than 0 with at most 3 decimals, for example 20 or %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une quantité. Saisissez un nombre supérieur à 0 avec au plus 3 décimales, par exemple 20 ou %2.</translation>
    </message>
</context>
<context>
    <name>CalendarRangeDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="63"/>
        <source>Export planned sessions</source>
        <translation>Exporter les séances prévues</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="71"/>
        <source>Sessions of the plans agreed with clients, one event per day.</source>
        <translation>Séances des plans convenus avec les clients, un événement par jour.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="73"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="74"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="94"/>
        <source>{client} — {treatment} (session {number} of {sessions})</source>
        <translation>{client} — {treatment} (séance {number} sur {sessions})</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="97"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="101"/>
        <source>Save the calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="103"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="115"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="116"/>
        <source>The calendar could not be saved: %1</source>
        <translation>Le calendrier n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CameraFeed</name>
    <message>
        <location filename="../../ui/photo_capture_camera.py" line="52"/>
        <source>ClinicDesk is not allowed to use the camera. Allow it in the system&apos;s privacy settings, then open this window again.</source>
        <translation>ClinicDesk n’a pas l’autorisation d’utiliser la caméra. Autorisez-la dans les réglages de confidentialité du système, puis rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture_camera.py" line="77"/>
        <source>The camera stopped working: %1</source>
        <translation>La caméra a cessé de fonctionner&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaptureChecklist</name>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="37"/>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="41"/>
        <source>Views this treatment asks for</source>
        <translation>Vues demandées pour ce soin</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="52"/>
        <source>✗ %1: missing</source>
        <translation>✗ %1&#xa0;: manquante</translation>
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
            <numerusform>+ %n dans cette importation</numerusform>
            <numerusform>+ %n dans cette importation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="63"/>
        <source>This treatment asks for no particular views.</source>
        <translation>Ce soin ne demande pas de vues particulières.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="66"/>
        <source>Still missing: %1</source>
        <translation>Vues encore manquantes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_checklist.py" line="71"/>
        <source>Every view this treatment asks for is there.</source>
        <translation>Toutes les vues demandées pour ce soin sont présentes.</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../ui/photo_capture.py" line="179"/>
        <source>Take photos</source>
        <translation>Prendre des photos</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="182"/>
        <source>Photos of %1</source>
        <translation>Photos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="186"/>
        <source>No camera is connected to this computer. Take the photos with a phone or a camera, then add them with Import photos… on the Photos tab.</source>
        <translation>Aucune caméra n’est branchée sur cet ordinateur. Prenez les photos avec un téléphone ou un appareil photo, puis ajoutez-les avec Importer des photos… dans l’onglet Photos.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="190"/>
        <source>Waiting for the camera…</source>
        <translation>En attente de la caméra…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="191"/>
        <source>Take photo</source>
        <translation>Prendre la photo</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="192"/>
        <source>Space or Enter also takes the photo.</source>
        <translation>La touche Espace ou Entrée prend aussi la photo.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="193"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Camera:</source>
        <translation>Caméra&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Area:</source>
        <translation>Zone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>View:</source>
        <translation>Vue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="198"/>
        <source>Earlier photo:</source>
        <translation>Photo précédente&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="202"/>
        <source>Show it over the live image</source>
        <translation>L’afficher par-dessus l’image en direct</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="204"/>
        <source>No earlier photo of this area from this view: nothing to line up with.</source>
        <translation>Aucune photo précédente de cette zone sous cette vue&#xa0;: rien sur quoi s’aligner.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="266"/>
        <source>%1 (missing)</source>
        <translation>%1 (manquante)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="294"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/photo_capture.py" line="308"/>
        <source>The photo just taken</source>
        <translation>La photo qui vient d’être prise</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_capture.py" line="352"/>
        <source>%n photo(s) taken</source>
        <translation>
            <numerusform>%n photo prise</numerusform>
            <numerusform>%n photos prises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="157"/>
        <source>Treatment families come with ClinicDesk and cannot be added: the screening rules know them by their code. Retire one the practice does not offer.</source>
        <translation>Les familles de soins sont fournies avec ClinicDesk et ne peuvent pas être ajoutées&#xa0;: les règles de contrôle les reconnaissent par leur code. Retirez du catalogue celles que l’établissement ne propose pas.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="161"/>
        <source>Show retired</source>
        <translation>Afficher les éléments hors catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Services</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="163"/>
        <source>Screening rules</source>
        <translation>Règles de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="166"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="167"/>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="170"/>
        <source>The screening rules that apply to this treatment. They come with ClinicDesk&apos;s resources and are changed by the clinic&apos;s medical lead, not here.</source>
        <translation>Les règles de contrôle qui s’appliquent à ce soin. Elles sont fournies avec les ressources de ClinicDesk et sont modifiées par le responsable médical de l’établissement, pas ici.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="175"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="202"/>
        <source>%1 (retired)</source>
        <translation>%1 (hors catalogue)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="238"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="239"/>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="305"/>
        <source>Never treat</source>
        <translation>Soin exclu</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="306"/>
        <source>Only with a recorded reason</source>
        <translation>Uniquement avec une justification consignée</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_editor.py" line="307"/>
        <source>Caution</source>
        <translation>Précaution</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="83"/>
        <source>Chart of %1</source>
        <translation>Schéma&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="340"/>
        <location filename="../../ui/session_summary.py" line="197"/>
        <source>R</source>
        <comment>the client&apos;s right side</comment>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../../ui/body_chart_canvas.py" line="341"/>
        <location filename="../../ui/session_summary.py" line="198"/>
        <source>L</source>
        <comment>the client&apos;s left side</comment>
        <translation>G</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../../ui/client_editor.py" line="129"/>
        <source>Edit client</source>
        <translation>Modifier la fiche client</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="129"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="131"/>
        <source>Given name *</source>
        <translation>Prénom *</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="132"/>
        <source>Family name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="133"/>
        <source>Preferred name</source>
        <translation>Prénom d’usage</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="134"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="135"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="136"/>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="137"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="138"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="139"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="140"/>
        <source>Address (2nd line)</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="141"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="142"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="143"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="144"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="145"/>
        <source>How they found us</source>
        <translation>Nous a connus par</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="146"/>
        <source>Marketing</source>
        <translation>Offres et actualités</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="147"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="152"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="153"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="154"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="155"/>
        <source>Intersex</source>
        <translation>Intersexe</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="156"/>
        <source>Prefers not to say</source>
        <translation>Ne souhaite pas le préciser</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="163"/>
        <source>e.g. +33 6 12 34 56 78</source>
        <translation>ex.&#xa0;: +33 6 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="166"/>
        <source>Agrees to receive news and offers</source>
        <translation>Accepte de recevoir des actualités et des offres</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="225"/>
        <source>This is not a date. Write it as %1.</source>
        <translation>Ce n’est pas une date. Saisissez-la au format %1.</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="282"/>
        <source>same name and date of birth</source>
        <translation>mêmes nom et date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="283"/>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="284"/>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="293"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="294"/>
        <source>This client may already be in ClinicDesk:</source>
        <translation>Ce client figure peut-être déjà dans ClinicDesk&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="296"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="297"/>
        <source>Open existing client</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="298"/>
        <source>Go back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="313"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/client_editor.py" line="314"/>
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
        <location filename="../../ui/client_record.py" line="159"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="160"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="161"/>
        <source>Medical history</source>
        <translation>Antécédents médicaux</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="162"/>
        <source>Patch tests</source>
        <translation>Tests cutanés</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="163"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="164"/>
        <source>Treatment plans</source>
        <translation>Plans de traitement</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="165"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="166"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="169"/>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="170"/>
        <source>Contraindication warnings let through</source>
        <translation>Alertes de contre-indication levées</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="172"/>
        <source>Choose a client in the list and press Enter to open their record.</source>
        <translation>Choisissez un client dans la liste et appuyez sur Entrée pour ouvrir sa fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="218"/>
        <source>%1, born %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="219"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="362"/>
        <source>%1 — patch test: %2</source>
        <translation>%1 — test cutané&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="380"/>
        <source>Patch test</source>
        <translation>Test cutané</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="386"/>
        <source>%1  %2, %3 — “%4” (%5)</source>
        <translation>%1  %2, %3 — «&#xa0;%4&#xa0;» (%5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="400"/>
        <source>Under 18 (%n year(s) old): check identity and parental consent before any treatment.</source>
        <translation>
            <numerusform>Moins de 18 ans (%n an)&#xa0;: vérifiez l’identité et l’autorisation parentale avant tout soin.</numerusform>
            <numerusform>Moins de 18 ans (%n ans)&#xa0;: vérifiez l’identité et l’autorisation parentale avant tout soin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="406"/>
        <source>No date of birth: age-restricted treatments cannot be checked.</source>
        <translation>Pas de date de naissance&#xa0;: impossible de vérifier les soins soumis à une limite d’âge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="409"/>
        <source>%n other record(s) may be the same person.</source>
        <translation>
            <numerusform>%n autre fiche concerne peut-être la même personne.</numerusform>
            <numerusform>%n autres fiches concernent peut-être la même personne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="411"/>
        <source>No phone or email: the client cannot be reached.</source>
        <translation>Ni téléphone ni e-mail&#xa0;: impossible de contacter ce client.</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="412"/>
        <source>Allergies: %1</source>
        <translation>Allergies : %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="414"/>
        <source>The medical history has not been gone through with the client yet.</source>
        <translation>Les antécédents médicaux n’ont pas encore été passés en revue avec le client.</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="417"/>
        <source>The medical history was last reviewed on %1: go through it again before treating.</source>
        <translation>Antécédents médicaux revus pour la dernière fois le %1 : revoyez-les avant tout soin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_record.py" line="420"/>
        <source>%n contraindication warning(s) were let through with a reason.</source>
        <translation>
            <numerusform>%n alerte de contre-indication a été levée avec justification.</numerusform>
            <numerusform>%n alertes de contre-indication ont été levées avec justification.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="431"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="432"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="433"/>
        <source>Intersex</source>
        <translation>Intersexe</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="434"/>
        <source>Prefers not to say</source>
        <translation>Ne souhaite pas le préciser</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="448"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="449"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="450"/>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="451"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="452"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="453"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="454"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="455"/>
        <source>How they found us</source>
        <translation>Nous a connus par</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="457"/>
        <source>Marketing</source>
        <translation>Offres et actualités</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="458"/>
        <source>Agreed</source>
        <translation>Accepte</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="458"/>
        <source>Not agreed</source>
        <translation>N’accepte pas</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="460"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="461"/>
        <source>Client since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="472"/>
        <source>Record created</source>
        <translation>Fiche créée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="473"/>
        <source>Record changed</source>
        <translation>Fiche modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="474"/>
        <source>Record opened</source>
        <translation>Fiche consultée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="475"/>
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="476"/>
        <source>Exported</source>
        <translation>Exportée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="477"/>
        <source>History entry added</source>
        <translation>Antécédent ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="478"/>
        <source>History entry changed</source>
        <translation>Antécédent modifié</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="479"/>
        <source>History entry removed</source>
        <translation>Antécédent retiré</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="480"/>
        <source>History reviewed with the client</source>
        <translation>Antécédents revus avec le client</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="481"/>
        <source>Contraindication warning let through</source>
        <translation>Alerte de contre-indication levée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="482"/>
        <source>Patch test applied</source>
        <translation>Test cutané posé</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="483"/>
        <source>Patch test read</source>
        <translation>Test cutané lu</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="484"/>
        <source>Consultation started</source>
        <translation>Consultation commencée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="485"/>
        <source>Consultation finished</source>
        <translation>Consultation terminée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="486"/>
        <source>Consultation amended</source>
        <translation>Consultation corrigée</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="487"/>
        <source>Draft consultation discarded</source>
        <translation>Brouillon de consultation supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="488"/>
        <source>Treatment plan drafted</source>
        <translation>Projet de plan de traitement établi</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="489"/>
        <source>Client answered the health questionnaire</source>
        <translation>Questionnaire de santé rempli par le client</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="490"/>
        <source>Client&apos;s answers accepted into the history</source>
        <translation>Réponses du client intégrées aux antécédents</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="491"/>
        <source>Client&apos;s answers discarded</source>
        <translation>Réponses du client écartées</translation>
    </message>
    <message>
        <location filename="../../ui/client_record.py" line="496"/>
        <source>Imported from a client list</source>
        <translation>Importée depuis une liste de clients</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/client_table_model.py" line="38"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="39"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="40"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="41"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/client_table_model.py" line="42"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
</context>
<context>
    <name>ClinicDeskError</name>
    <message>
        <location filename="../../cli.py" line="100"/>
        <source>No passphrase given: set CLINICDESK_PASSPHRASE or use --passphrase-stdin.</source>
        <translation>Aucune phrase secrète fournie&#xa0;: définissez CLINICDESK_PASSPHRASE ou utilisez --passphrase-stdin.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="150"/>
        <source>--clients must be at least 1.</source>
        <translation>--clients doit valoir au moins 1.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="221"/>
        <source>Verification found {count} problem(s).</source>
        <translation>La vérification a relevé {count} problème(s).</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="245"/>
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
        <location filename="../../services/client_fields.py" line="91"/>
        <source>The given name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="98"/>
        <source>The family name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="198"/>
        <location filename="../../services/catalogue.py" line="220"/>
        <location filename="../../services/client_fields.py" line="107"/>
        <location filename="../../services/clinic.py" line="72"/>
        <location filename="../../services/products.py" line="69"/>
        <source>This field holds at most {maximum} characters; it has {length}.</source>
        <translation>Ce champ est limité à {maximum} caractères&#xa0;; il en contient {length}.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="120"/>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="127"/>
        <source>The date of birth is before 1900.</source>
        <translation>La date de naissance est antérieure à 1900.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="134"/>
        <source>This is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="141"/>
        <source>Unknown value for sex.</source>
        <translation>Valeur de sexe inconnue.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="147"/>
        <location filename="../../services/clinic.py" line="93"/>
        <source>Unknown language.</source>
        <translation>Langue inconnue.</translation>
    </message>
    <message>
        <location filename="../../services/client_fields.py" line="154"/>
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
        <location filename="../../services/clinic.py" line="61"/>
        <location filename="../../services/practice.py" line="228"/>
        <source>The clinic&apos;s name is required.</source>
        <translation>Le nom de l’établissement est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../services/clinic.py" line="83"/>
        <source>Review the history every {low} to {high} days.</source>
        <translation>Le délai de revue des antécédents doit être compris entre {low} et {high} jours.</translation>
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
        <location filename="../../services/integrity.py" line="58"/>
        <source>The database is older than the last change recorded for this vault: it may have been replaced by an older copy. Nothing was changed. Restore your most recent backup, and run &apos;clinicdesk verify&apos; for details.</source>
        <translation>La base de données est plus ancienne que la dernière modification enregistrée pour ce coffre&#xa0;: elle a peut-être été remplacée par une copie plus ancienne. Rien n’a été modifié. Restaurez votre sauvegarde la plus récente et lancez «&#xa0;clinicdesk verify&#xa0;» pour en savoir plus.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="74"/>
        <source>ClinicDesk is locked; unlock it and try again.</source>
        <translation>ClinicDesk est verrouillé ; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="168"/>
        <location filename="../../vault/blobs.py" line="112"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Le disque est plein. Rien n’a été enregistré&#xa0;; libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="174"/>
        <source>The database refused the change ({reason}).</source>
        <translation>La base de données a refusé la modification ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="200"/>
        <source>The data folder {folder} cannot be created: {reason}</source>
        <translation>Impossible de créer le dossier de données {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="233"/>
        <source>Your name is required.</source>
        <translation>Votre nom est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="243"/>
        <source>The data folder holds a database without its vault header. It was left as it is; restore the folder from a backup or choose another folder.</source>
        <translation>Le dossier de données contient une base de données sans l’en-tête de son coffre. Il a été laissé en l’état&#xa0;; restaurez le dossier à partir d’une sauvegarde ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../services/practice.py" line="308"/>
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
        <location filename="../../services/catalogue.py" line="151"/>
        <location filename="../../services/catalogue.py" line="160"/>
        <source>This treatment is not in the catalogue.</source>
        <translation>Ce soin ne figure pas au catalogue.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="192"/>
        <source>The treatment needs a name.</source>
        <translation>Le soin doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="241"/>
        <source>Patch-test times cannot be negative.</source>
        <translation>Les délais du test cutané ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="246"/>
        <source>Patch-test times are at most {hours} hours before the treatment and {days} days of validity.</source>
        <translation>Les délais du test cutané ne peuvent pas dépasser {hours} heures avant le soin et {days} jours de validité.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="257"/>
        <source>A required patch test needs time to be read: at least one hour before the treatment.</source>
        <translation>Un test cutané obligatoire doit avoir le temps d’être lu&#xa0;: au moins une heure avant le soin.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="272"/>
        <source>A treatment that requires consent needs a consent template.</source>
        <translation>Un soin qui exige un consentement doit avoir un modèle de consentement.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="279"/>
        <source>A consent template is named by its code: lower-case letters, digits and underscores, e.g. chemical_peel.</source>
        <translation>Un modèle de consentement se désigne par son code&#xa0;: lettres minuscules, chiffres et tirets bas, par exemple chemical_peel.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="330"/>
        <source>A service lasts {minimum} to {maximum} minutes.</source>
        <translation>Une prestation dure de {minimum} à {maximum} minutes.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="337"/>
        <location filename="../../services/plans.py" line="198"/>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="341"/>
        <location filename="../../services/plans.py" line="202"/>
        <source>This price is too high.</source>
        <translation>Ce prix est trop élevé.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="346"/>
        <location filename="../../services/plans.py" line="190"/>
        <source>Prices are in the practice&apos;s currency, {currency}.</source>
        <translation>Les prix sont exprimés dans la devise de l’établissement, {currency}.</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="384"/>
        <source>This service is not in the catalogue.</source>
        <translation>Cette prestation ne figure pas au catalogue.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="80"/>
        <source>Unknown history section.</source>
        <translation>Rubrique d’antécédents inconnue.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="83"/>
        <location filename="../../ui/history_item_dialog.py" line="421"/>
        <source>Choose an entry from the list or describe it.</source>
        <translation>Choisissez une entrée dans la liste ou décrivez-la.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="87"/>
        <source>Unknown history code.</source>
        <translation>Code d’antécédent inconnu.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="94"/>
        <location filename="../../services/history.py" line="90"/>
        <location filename="../../services/photos.py" line="139"/>
        <location filename="../../services/plans.py" line="157"/>
        <location filename="../../services/session_changes.py" line="97"/>
        <location filename="../../ui/history_item_dialog.py" line="433"/>
        <source>This text is {length} characters long; at most {limit} fit. Shorten it or put the rest in the client&apos;s notes.</source>
        <translation>Ce texte compte {length} caractères ; {limit} au maximum. Raccourcissez-le ou mettez le reste dans les notes du client.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="160"/>
        <source>This consultation no longer exists.</source>
        <translation>Cette consultation n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="168"/>
        <source>This consultation is final: it cannot be changed, only amended with a reason.</source>
        <translation>Cette consultation est finalisée&#xa0;: elle ne peut plus être modifiée, seulement corrigée avec un motif.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="292"/>
        <source>Write why the client came.</source>
        <translation>Indiquez le motif de la visite.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="296"/>
        <source>The client&apos;s consent to keep their health data is needed to finalise the consultation: without it the clinic cannot keep their record.</source>
        <translation>Le consentement du client à la conservation de ses données de santé est nécessaire pour finaliser la consultation&#xa0;: sans lui, l’établissement ne peut pas conserver sa fiche.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="314"/>
        <source>A planned treatment is ruled out by the client&apos;s history, or needs a reason recorded before it can be planned. Take it out of the plan or record the reason on the screening page.</source>
        <translation>Un soin prévu est exclu par les antécédents du client, ou nécessite une justification consignée avant de pouvoir être prévu. Retirez-le du plan ou consignez la justification sur la page de contrôle des contre-indications.</translation>
    </message>
    <message>
        <location filename="../../services/reasons.py" line="13"/>
        <source>Write why this is corrected (at least {minimum} characters).</source>
        <translation>Indiquez le motif de cette correction (au moins {minimum} caractères).</translation>
    </message>
    <message>
        <location filename="../../services/reasons.py" line="16"/>
        <source>This reason is {length} characters long; at most {maximum} fit. Keep it to the point.</source>
        <translation>Ce motif compte {length} caractères&#xa0;; {maximum} au maximum. Allez à l’essentiel.</translation>
    </message>
    <message>
        <location filename="../../services/consultations.py" line="367"/>
        <source>The new text is the same as the current one.</source>
        <translation>Le nouveau texte est identique au texte actuel.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="102"/>
        <source>The date {date} is not possible here: it must be between 1900 and today.</source>
        <translation>La date {date} n’est pas possible ici : elle doit être comprise entre 1900 et aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="111"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="212"/>
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
        <location filename="../../services/screening.py" line="189"/>
        <source>This contraindication is absolute: the treatment cannot go ahead, whatever the reason.</source>
        <translation>Cette contre-indication est absolue : le soin ne peut pas avoir lieu, quelle que soit la raison.</translation>
    </message>
    <message>
        <location filename="../../services/screening.py" line="198"/>
        <source>Write why the treatment can go ahead despite this warning ({minimum} to {maximum} characters).</source>
        <translation>Indiquez pourquoi le soin peut avoir lieu malgré cette alerte ({minimum} à {maximum} caractères).</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="47"/>
        <source>One answer cannot be kept as it is (a date that does not exist or is in the future, or a text that is too long). Check the highlighted question.</source>
        <translation>Une réponse ne peut pas être conservée telle quelle (une date qui n’existe pas ou qui est dans le futur, ou un texte trop long). Vérifiez la question mise en évidence.</translation>
    </message>
    <message>
        <location filename="../../services/intake.py" line="155"/>
        <source>These answers were already reviewed.</source>
        <translation>Ces réponses ont déjà été examinées.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="127"/>
        <location filename="../../services/sessions.py" line="409"/>
        <source>This service is not one of the treatment&apos;s services.</source>
        <translation>Cette prestation ne fait pas partie des prestations de ce soin.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="134"/>
        <source>A plan has between 1 and {maximum} sessions of a treatment.</source>
        <translation>Un plan comporte entre 1 et {maximum} séances d’un même soin.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="144"/>
        <source>Sessions are between 1 and {maximum} days apart.</source>
        <translation>Les séances doivent être espacées de 1 à {maximum} jours.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="169"/>
        <source>The client agreed to this plan: write why it changes (at least {minimum} characters).</source>
        <translation>Ce plan a été convenu avec le client&#xa0;: indiquez le motif de la modification (au moins {minimum} caractères).</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="173"/>
        <source>Write why the plan is stopped (at least {minimum} characters).</source>
        <translation>Indiquez pourquoi le plan est arrêté (au moins {minimum} caractères).</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="176"/>
        <source>A plan needs at least one session.</source>
        <translation>Un plan doit comporter au moins une séance.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="177"/>
        <source>This plan is completed or stopped: it can no longer be changed.</source>
        <translation>Ce plan est terminé ou arrêté&#xa0;: il ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../services/plans.py" line="251"/>
        <location filename="../../services/sessions.py" line="378"/>
        <source>This treatment plan no longer exists.</source>
        <translation>Ce plan de traitement n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="100"/>
        <source>A treatment in this plan is ruled out by the client&apos;s history (an absolute contraindication). Take it out of the plan before agreeing it.</source>
        <translation>Un soin de ce plan est exclu par les antécédents du client (contre-indication absolue). Retirez-le du plan avant de convenir de celui-ci avec le client.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="194"/>
        <source>This plan changed meanwhile; open it again and retry.</source>
        <translation>Ce plan a été modifié entre-temps&#xa0;; rouvrez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="221"/>
        <source>Nothing in the plan was changed.</source>
        <translation>Rien n’a été modifié dans le plan.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="264"/>
        <source>This treatment is no longer in the plan.</source>
        <translation>Ce soin ne figure plus dans le plan.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="268"/>
        <source>This treatment has sessions 1 to {sessions} planned.</source>
        <translation>Les séances prévues pour ce soin vont de 1 à {sessions}.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="284"/>
        <source>The session is already planned on this day.</source>
        <translation>La séance est déjà prévue ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="316"/>
        <source>Only a draft plan can be agreed with the client.</source>
        <translation>Seul un plan à l’état de brouillon peut être convenu avec le client.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="321"/>
        <source>Only a plan agreed with the client can be started.</source>
        <translation>Seul un plan convenu avec le client peut être démarré.</translation>
    </message>
    <message>
        <location filename="../../services/plan_changes.py" line="326"/>
        <source>Only a plan in progress can be completed.</source>
        <translation>Seul un plan en cours peut être terminé.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="65"/>
        <source>Name the product.</source>
        <translation>Indiquez le nom du produit.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="82"/>
        <source>The usual largest quantity must be more than 0.</source>
        <translation>La quantité maximale habituelle doit être supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="128"/>
        <source>This product no longer exists.</source>
        <translation>Ce produit n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../services/batch_recalls.py" line="61"/>
        <location filename="../../services/products.py" line="155"/>
        <source>Type the batch (lot) number as printed on the box.</source>
        <translation>Saisissez le numéro de lot tel qu’il est imprimé sur la boîte.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="162"/>
        <source>A batch cannot arrive in the future.</source>
        <translation>La date de réception d’un lot ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="174"/>
        <source>This batch is already recorded.</source>
        <translation>Ce lot est déjà enregistré.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="212"/>
        <source>This batch no longer exists.</source>
        <translation>Ce lot n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="215"/>
        <source>Batch {lot} expired on {expiry}: it cannot be used. Choose another batch.</source>
        <translation>Le lot {lot} est périmé depuis le {expiry}&#xa0;: il ne peut pas être utilisé. Choisissez un autre lot.</translation>
    </message>
    <message>
        <location filename="../../services/products.py" line="234"/>
        <location filename="../../services/session_changes.py" line="243"/>
        <source>Type a quantity more than 0, for example 20 or 0.5.</source>
        <translation>Saisissez une quantité supérieure à 0, par exemple 20 ou 0,5.</translation>
    </message>
    <message>
        <source>Comfort is a whole number from 0 (none) to {maximum} (worst imaginable), or the client&apos;s own words.</source>
        <translation type="vanished">Le confort se note par un nombre entier de 0 (aucune gêne) à {maximum} (la pire imaginable), ou avec les mots du client.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="126"/>
        <source>Discomfort is a whole number from 0 (none) to {maximum} (worst imaginable), or the client&apos;s own words.</source>
        <translation>La gêne se note par un nombre entier de 0 (aucune) à {maximum} (la pire imaginable), ou avec les mots du client.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="150"/>
        <source>At most {maximum} areas can be drawn.</source>
        <translation>Au plus {maximum} zones peuvent être dessinées.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="158"/>
        <source>{parameter} is not recorded for this treatment.</source>
        <translation>{parameter} ne se note pas pour ce soin.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="161"/>
        <source>{parameter}: type a number.</source>
        <translation>{parameter}&#xa0;: saisissez un nombre.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="162"/>
        <source>{parameter}: choose one of the values offered.</source>
        <translation>{parameter}&#xa0;: choisissez l’une des valeurs proposées.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="166"/>
        <source>{parameter} must be from {minimum} to {maximum}{unit}.</source>
        <translation>{parameter} doit être compris entre {minimum} et {maximum}{unit}.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="169"/>
        <source>{parameter} goes in steps of {step}{unit}, from {minimum}.</source>
        <translation>{parameter} se règle par pas de {step}{unit}, à partir de {minimum}.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="206"/>
        <source>At most {maximum} areas can be listed.</source>
        <translation>Au plus {maximum} zones peuvent être indiquées.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="224"/>
        <source>The next visit cannot be before this one.</source>
        <translation>La prochaine visite ne peut pas précéder celle-ci.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="251"/>
        <source>{quantity} {unit} is far more than one session can use: check the quantity.</source>
        <translation>{quantity} {unit}, c’est bien plus qu’une séance ne peut utiliser&#xa0;: vérifiez la quantité.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="262"/>
        <source>A quantity is recorded to at most 3 decimal places.</source>
        <translation>Une quantité se note avec au plus 3 décimales.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="287"/>
        <source>Choose the unit from the list.</source>
        <translation>Choisissez l’unité dans la liste.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="311"/>
        <source>This session is signed off: it cannot be changed, only amended with a reason.</source>
        <translation>Cette séance est validée&#xa0;: elle ne peut plus être modifiée, seulement corrigée avec un motif.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="369"/>
        <source>Some quantities are above the product&apos;s usual largest quantity ({count} in all). Check them and confirm that they are right.</source>
        <translation>Certaines quantités dépassent la quantité maximale habituelle du produit ({count} au total). Vérifiez-les et confirmez qu’elles sont justes.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="531"/>
        <source>The new value is the same as the current one.</source>
        <translation>La nouvelle valeur est identique à l’actuelle.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="561"/>
        <source>Choose how severe it was.</source>
        <translation>Indiquez la gravité.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="573"/>
        <source>Describe what happened.</source>
        <translation>Décrivez ce qui s’est passé.</translation>
    </message>
    <message>
        <location filename="../../services/session_changes.py" line="585"/>
        <source>An adverse event is recorded between the day of the session and now.</source>
        <translation>Un effet indésirable se date entre le jour de la séance et maintenant.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="217"/>
        <source>This session no longer exists.</source>
        <translation>Cette séance n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="351"/>
        <source>A session cannot be recorded in the future. Check the date and time.</source>
        <translation>Une séance ne peut pas être enregistrée dans le futur. Vérifiez la date et l’heure.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="359"/>
        <source>This date is before the client was born ({born}). Check the date.</source>
        <translation>Cette date est antérieure à la naissance du client ({born}). Vérifiez la date.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="462"/>
        <source>The client&apos;s history rules this treatment out: it cannot go ahead.</source>
        <translation>Les antécédents du client excluent ce soin&#xa0;: il ne peut pas avoir lieu.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="470"/>
        <source>The screening found a reason not to treat. Record why the treatment can go ahead today, or do not treat.</source>
        <translation>Le contrôle a trouvé une raison de ne pas traiter. Consignez la justification qui permet de traiter aujourd’hui, ou ne traitez pas.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_export.py" line="46"/>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <location filename="../../services/calendar_export.py" line="51"/>
        <source>Export at most {days} days of planned sessions at once.</source>
        <translation>Exportez au plus {days} jours de séances prévues à la fois.</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="275"/>
        <source>This follow-up is no longer in the recall rules.</source>
        <translation>Cette relance ne figure plus dans les règles de relance.</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="287"/>
        <source>This note is {length} characters long; at most {limit} fit.</source>
        <translation>Cette note compte {length} caractères&#xa0;; {limit} au maximum.</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="336"/>
        <source>Choose how the contact went.</source>
        <translation>Indiquez le résultat du contact.</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="345"/>
        <source>A contact is recorded between the day of the treatment and now.</source>
        <translation>Un contact se date entre le jour du soin et maintenant.</translation>
    </message>
    <message>
        <location filename="../../services/follow_ups.py" line="354"/>
        <source>The client had no signed-off treatment of this kind on that day.</source>
        <translation>Le client n’a eu aucun soin validé de ce type ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="46"/>
        <source>The client&apos;s photo consent does not allow this use of {count} of the photos.</source>
        <translation>Le consentement photo du client n’autorise pas cet usage pour {count} des photos.</translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="58"/>
        <source>The client agreed to anonymised teaching only: crop the photos or blur the eyes before exporting them for teaching.</source>
        <translation>Le client n’a accepté l’enseignement que sous forme anonymisée&#xa0;: recadrez les photos ou floutez les yeux avant de les exporter pour l’enseignement.</translation>
    </message>
    <message>
        <location filename="../../services/photo_exports.py" line="82"/>
        <location filename="../../services/photos.py" line="200"/>
        <source>This photo no longer exists.</source>
        <translation>Cette photo n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="115"/>
        <source>{file} is not a photo ClinicDesk can import (JPEG, PNG, WebP, HEIC).</source>
        <translation>{file} n’est pas une photo que ClinicDesk peut importer (JPEG, PNG, WebP, HEIC).</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="125"/>
        <source>{file} is larger than {limit} megapixels. Export a smaller copy and import that.</source>
        <translation>{file} dépasse {limit} mégapixels. Exportez-en une copie plus petite et importez celle-ci.</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="136"/>
        <location filename="../../ui/photo_import_dialog_work.py" line="27"/>
        <source>{file} is larger than {limit} MB, more than any photo needs.</source>
        <translation>{file} dépasse {limit} Mo, bien plus que ce qu’exige une photo.</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="146"/>
        <source>{file} is damaged or incomplete, so it cannot be read.</source>
        <translation>{file} est endommagé ou incomplet&#xa0;: il ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../services/photo_import.py" line="296"/>
        <source>{file} is already among this client&apos;s photos.</source>
        <translation>{file} figure déjà parmi les photos de ce client.</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="129"/>
        <source>Choose the body area from the list.</source>
        <translation>Choisissez la zone du corps dans la liste.</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="134"/>
        <source>Choose the view from the list.</source>
        <translation>Choisissez la vue dans la liste.</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="155"/>
        <source>The client&apos;s photo consent does not cover every use chosen for this photo.</source>
        <translation>Le consentement photo du client ne couvre pas tous les usages choisis pour cette photo.</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="177"/>
        <source>This session is not one of this client&apos;s.</source>
        <translation>Cette séance n’appartient pas à ce client.</translation>
    </message>
    <message>
        <location filename="../../services/photos.py" line="346"/>
        <source>The photo was erased from the client&apos;s record, but its encrypted files could not be removed from {folder}: {reason}. They are removed at the next clean-up.</source>
        <translation>La photo a été effacée de la fiche du client, mais ses fichiers chiffrés n’ont pas pu être supprimés de {folder}&#xa0;: {reason}. Ils le seront lors du prochain nettoyage.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog_work.py" line="37"/>
        <source>{file} cannot be opened: {reason}.</source>
        <translation>Impossible d’ouvrir {file}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="118"/>
        <source>ClinicDesk cannot write in {folder}: {reason}. Nothing was saved.</source>
        <translation>ClinicDesk ne peut pas écrire dans {folder}&#xa0;: {reason}. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="128"/>
        <source>The stored file {name} is missing from the data folder. Restore the folder from a backup; &apos;clinicdesk verify&apos; lists every file affected.</source>
        <translation>Le fichier stocké {name} est absent du dossier de données. Restaurez le dossier à partir d’une sauvegarde&#xa0;; «&#xa0;clinicdesk verify&#xa0;» liste tous les fichiers concernés.</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="139"/>
        <source>The stored file {name} is damaged or was altered, so it cannot be opened. Restore the folder from a backup; &apos;clinicdesk verify&apos; lists every file affected.</source>
        <translation>Le fichier stocké {name} est endommagé ou a été modifié&#xa0;: il ne peut pas être ouvert. Restaurez le dossier à partir d’une sauvegarde&#xa0;; «&#xa0;clinicdesk verify&#xa0;» liste tous les fichiers concernés.</translation>
    </message>
    <message>
        <location filename="../../vault/blobs.py" line="248"/>
        <source>The stored file {name} could not be read from disk.</source>
        <translation>Le fichier stocké {name} n’a pas pu être lu sur le disque.</translation>
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
    <name>CodeNames</name>
    <message>
        <location filename="../../ui/code_names.py" line="18"/>
        <source>Conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="19"/>
        <source>Current medication</source>
        <translation>Médicaments en cours</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="20"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="21"/>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="22"/>
        <source>Implants and devices</source>
        <translation>Implants et dispositifs médicaux</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="23"/>
        <source>Skin conditions</source>
        <translation>Affections cutanées</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="24"/>
        <source>Previous aesthetic treatments</source>
        <translation>Soins esthétiques antérieurs</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="25"/>
        <source>Surgery</source>
        <translation>Interventions chirurgicales</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="26"/>
        <source>Lifestyle</source>
        <translation>Mode de vie</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="27"/>
        <source>Fitzpatrick skin type</source>
        <translation>Phototype de Fitzpatrick</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="28"/>
        <source>Skin type</source>
        <translation>Type de peau</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="29"/>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="30"/>
        <source>Identity check</source>
        <translation>Vérification d’identité</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="34"/>
        <source>Pregnant</source>
        <translation>Enceinte</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="35"/>
        <source>Breastfeeding</source>
        <translation>Allaitement</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="36"/>
        <source>Trying to conceive</source>
        <translation>Projet de grossesse</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="37"/>
        <source>Pacemaker</source>
        <translation>Stimulateur cardiaque (pacemaker)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="38"/>
        <source>Implanted defibrillator (ICD)</source>
        <translation>Défibrillateur automatique implantable (DAI)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="39"/>
        <source>Metal implant</source>
        <translation>Implant métallique</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="40"/>
        <source>Permanent filler</source>
        <translation>Produit de comblement permanent</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="41"/>
        <source>Keloid or raised scarring tendency</source>
        <translation>Tendance aux chéloïdes ou aux cicatrices hypertrophiques</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="42"/>
        <source>Cold sores (herpes simplex)</source>
        <translation>Herpès labial (herpès simplex)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="43"/>
        <source>Active skin infection</source>
        <translation>Infection cutanée active</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="44"/>
        <source>Eczema</source>
        <translation>Eczéma</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="45"/>
        <source>Psoriasis</source>
        <translation>Psoriasis</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="46"/>
        <source>Rosacea</source>
        <translation>Rosacée</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="47"/>
        <source>Active acne</source>
        <translation>Acné active</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="48"/>
        <source>Vitiligo</source>
        <translation>Vitiligo</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="49"/>
        <source>Diabetes</source>
        <translation>Diabète</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="50"/>
        <source>Epilepsy</source>
        <translation>Épilepsie</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="51"/>
        <source>Autoimmune disease</source>
        <translation>Maladie auto-immune</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="52"/>
        <source>Bleeding disorder</source>
        <translation>Trouble de la coagulation</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="53"/>
        <source>Neuromuscular disorder (e.g. myasthenia gravis)</source>
        <translation>Maladie neuromusculaire (par ex. myasthénie)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="56"/>
        <source>Cancer or cancer treatment</source>
        <translation>Cancer ou traitement anticancéreux</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="57"/>
        <source>Photosensitivity disorder</source>
        <translation>Photodermatose (photosensibilité pathologique)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="58"/>
        <source>Recent surgery in the treatment area</source>
        <translation>Chirurgie récente dans la zone à traiter</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="59"/>
        <source>Tendency to darker marks after injury (hyperpigmentation)</source>
        <translation>Tendance aux taches brunes après une lésion (hyperpigmentation)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="62"/>
        <source>Allergy to a product ingredient</source>
        <translation>Allergie à un ingrédient du produit</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="65"/>
        <source>Recent sun tan</source>
        <translation>Bronzage récent</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="69"/>
        <source>Isotretinoin</source>
        <translation>Isotrétinoïne</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="70"/>
        <source>Other retinoids</source>
        <translation>Autres rétinoïdes</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="71"/>
        <source>Anticoagulants</source>
        <translation>Anticoagulants</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="72"/>
        <source>Antiplatelet drugs</source>
        <translation>Antiagrégants plaquettaires</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="73"/>
        <source>Photosensitising drugs</source>
        <translation>Médicaments photosensibilisants</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="74"/>
        <source>Immunosuppressants</source>
        <translation>Immunosuppresseurs</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="75"/>
        <source>Antibiotics</source>
        <translation>Antibiotiques</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="76"/>
        <source>Corticosteroids</source>
        <translation>Corticoïdes</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="81"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="82"/>
        <source>Dry</source>
        <translation>Sèche</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="83"/>
        <source>Oily</source>
        <translation>Grasse</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="84"/>
        <source>Combination</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="85"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="86"/>
        <source>Smoker</source>
        <translation>Tabagisme</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="87"/>
        <source>Frequent sun exposure</source>
        <translation>Exposition fréquente au soleil</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="88"/>
        <source>Uses sunbeds</source>
        <translation>Fréquente les cabines de bronzage UV</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="89"/>
        <source>Uses self-tan</source>
        <translation>Utilise un autobronzant</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="90"/>
        <source>Not pregnant</source>
        <translation>Non enceinte</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="94"/>
        <source>Type I: always burns, never tans</source>
        <translation>Type I&#xa0;: brûle toujours, ne bronze jamais</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="95"/>
        <source>Type II: usually burns, tans minimally</source>
        <translation>Type II&#xa0;: brûle souvent, bronze peu</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="96"/>
        <source>Type III: sometimes burns, tans gradually</source>
        <translation>Type III&#xa0;: brûle parfois, bronze progressivement</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="97"/>
        <source>Type IV: rarely burns, tans easily</source>
        <translation>Type IV&#xa0;: brûle rarement, bronze facilement</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="98"/>
        <source>Type V: very rarely burns, tans darkly</source>
        <translation>Type V&#xa0;: brûle très rarement, bronze intensément</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="99"/>
        <source>Type VI: never burns, deeply pigmented</source>
        <translation>Type VI&#xa0;: ne brûle jamais, peau très pigmentée</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="103"/>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="104"/>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="105"/>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="109"/>
        <source>Practitioner</source>
        <translation>Praticien(ne)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="110"/>
        <source>Client (self-reported)</source>
        <translation>Client (déclaration du client)</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="111"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/code_names.py" line="114"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/photo_compare_keys.py" line="130"/>
        <source>Photo B cannot be moved, scaled or turned any further.</source>
        <translation>La photo B ne peut pas être déplacée, redimensionnée ou tournée davantage.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="78"/>
        <source>Photos compared</source>
        <translation>Photos comparées</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="246"/>
        <source>That is the first point again: choose the second one.</source>
        <translation>C’est de nouveau le premier point&#xa0;: choisissez le second.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare_view.py" line="257"/>
        <source>These points would make one photo more than ten times the size of the other. Choose them again.</source>
        <translation>Avec ces points, une photo serait plus de dix fois plus grande que l’autre. Choisissez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/photo_comparison.py" line="107"/>
        <source>Compare photos</source>
        <translation>Comparer des photos</translation>
    </message>
    <message>
        <source>&amp;Area and view:</source>
        <translation type="vanished">&amp;Zone et vue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="108"/>
        <source>Area and &amp;view:</source>
        <translation>&amp;Zone et vue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="109"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="111"/>
        <source>Save the photos side by side as a JPEG or PDF, for a use their consent allows</source>
        <translation>Enregistrer les photos côte à côte en JPEG ou en PDF, pour un usage autorisé par leur consentement</translation>
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
        <translation>%1 · sans séance</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="153"/>
        <source>%1 · session %2</source>
        <translation>%1 · séance %2</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="179"/>
        <source>There is only one photo of this area and view: import another one, taken on another day, to compare them.</source>
        <translation>Il n’y a qu’une photo de cette zone et de cette vue&#xa0;: importez-en une autre, prise un autre jour, pour les comparer.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="204"/>
        <source>This is the first photo of this area and view.</source>
        <translation>C’est la première photo de cette zone et de cette vue.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="206"/>
        <source>This is the latest photo of this area and view.</source>
        <translation>C’est la photo la plus récente de cette zone et de cette vue.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison.py" line="235"/>
        <source>This alignment moves the photos too far apart to be kept: it is shown but not saved.</source>
        <translation>Cet alignement écarte trop les photos pour être conservé&#xa0;: il est affiché, mais pas enregistré.</translation>
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
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="205"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="206"/>
        <source>Ask the client; tick only what they agree to.</source>
        <translation>Posez la question au client&#xa0;; ne cochez que ce qu’il accepte.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="209"/>
        <source>The client agrees that the clinic keeps their health information and treatment records to treat them safely (required)</source>
        <translation>Le client accepte que l’établissement conserve ses informations de santé et le suivi de ses soins afin de le prendre en charge en toute sécurité (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="213"/>
        <source>Photos may be used for:</source>
        <translation>Les photos peuvent être utilisées pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="214"/>
        <source>The clinical record only</source>
        <translation>Le dossier clinique uniquement</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="215"/>
        <source>Anonymised teaching and training</source>
        <translation>L’enseignement et la formation, sous forme anonymisée</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="217"/>
        <source>Marketing: website, social media, brochures (the face may be recognisable)</source>
        <translation>La communication&#xa0;: site web, réseaux sociaux, brochures (le visage peut être reconnaissable)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="221"/>
        <source>Finishing makes the consultation final: afterwards it can only be amended, with a reason. The recommendation becomes a draft treatment plan.</source>
        <translation>Terminer rend la consultation définitive&#xa0;: elle ne pourra ensuite qu’être corrigée, avec un motif. La recommandation devient un projet de plan de traitement.</translation>
    </message>
</context>
<context>
    <name>ConsultationDocuments</name>
    <message>
        <location filename="../../ui/consultation_documents.py" line="44"/>
        <source>Reason for the visit</source>
        <translation>Motif de la visite</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="45"/>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="46"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="47"/>
        <source>Expectation agreed</source>
        <translation>Attentes convenues</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="48"/>
        <source>Timeframe</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="49"/>
        <source>Lifestyle</source>
        <translation>Mode de vie</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="50"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="51"/>
        <source>Skin assessment</source>
        <translation>Diagnostic de peau</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="52"/>
        <location filename="../../ui/consultation_documents.py" line="67"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="53"/>
        <source>Agreed next steps</source>
        <translation>Prochaines étapes convenues</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="54"/>
        <source>Photo consent</source>
        <translation>Consentement photo</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="57"/>
        <source>Why the client came</source>
        <translation>Pourquoi le client est venu</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="59"/>
        <source>Goals and expectations</source>
        <translation>Objectifs et attentes</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="63"/>
        <source>Lifestyle and skin</source>
        <translation>Mode de vie et peau</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="72"/>
        <source>clinical record</source>
        <translation>dossier clinique</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="73"/>
        <source>anonymised teaching</source>
        <translation>enseignement anonymisé</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="74"/>
        <source>marketing</source>
        <translation>communication</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="77"/>
        <source>Health questionnaire</source>
        <translation>Questionnaire de santé</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="78"/>
        <source>Full name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="79"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="80"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="81"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="82"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="83"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="84"/>
        <source>Client&apos;s signature</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="85"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="86"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="87"/>
        <source>Substance, reaction and how severe:</source>
        <translation>Substance, réaction et gravité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="88"/>
        <source>Consultation summary</source>
        <translation>Compte rendu de consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="89"/>
        <location filename="../../ui/consultation_documents.py" line="106"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="90"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="91"/>
        <location filename="../../ui/consultation_documents.py" line="107"/>
        <source>Practitioner</source>
        <translation>Praticien(ne)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="92"/>
        <source>Final</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="93"/>
        <source>Draft: not finalised</source>
        <translation>Brouillon&#xa0;: non finalisée</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="94"/>
        <source>Contraindication screening</source>
        <translation>Contrôle des contre-indications</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="95"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="96"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="97"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="98"/>
        <source>Let through because:</source>
        <translation>Levée avec la justification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="99"/>
        <source>Amendments</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="100"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="101"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="102"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="103"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="104"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="105"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="108"/>
        <source>Absolute</source>
        <translation>Absolue</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="109"/>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="110"/>
        <source>Caution</source>
        <translation>Précaution</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="111"/>
        <source>Clear</source>
        <translation>Aucune contre-indication</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_documents.py" line="112"/>
        <source>Nothing in the history stands in the way.</source>
        <translation>Rien dans les antécédents ne s’y oppose.</translation>
    </message>
</context>
<context>
    <name>ConsultationWizard</name>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="87"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="88"/>
        <source>Save draft and close</source>
        <translation>Enregistrer le brouillon et fermer</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_wizard.py" line="89"/>
        <source>Finish consultation</source>
        <translation>Terminer la consultation</translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <location filename="../../ui/consultations_tab.py" line="129"/>
        <source>Client fills in the health questionnaire…</source>
        <translation>Faire remplir le questionnaire de santé au client…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="130"/>
        <source>Print a blank questionnaire</source>
        <translation>Imprimer un questionnaire vierge</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="131"/>
        <source>Review the answers</source>
        <translation>Examiner les réponses</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="132"/>
        <source>Amend…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="133"/>
        <source>Print summary…</source>
        <translation>Imprimer le compte rendu…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="134"/>
        <source>Save summary as PDF…</source>
        <translation>Enregistrer le compte rendu en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="135"/>
        <location filename="../../ui/consultations_tab.py" line="321"/>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="137"/>
        <source>Practitioner</source>
        <translation>Praticien(ne)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="141"/>
        <source>No consultation yet. Start one with the client: it goes through their goals, their health and the treatments considered, and ends with a draft plan.</source>
        <translation>Aucune consultation pour l’instant. Commencez-en une avec le client&#xa0;: elle passe en revue ses objectifs, sa santé et les soins envisagés, et se termine par un projet de plan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consultations_tab.py" line="157"/>
        <source>The client answered the health questionnaire %n time(s): not reviewed yet.</source>
        <translation>
            <numerusform>Le client a rempli le questionnaire de santé %n fois&#xa0;: réponses pas encore examinées.</numerusform>
            <numerusform>Le client a rempli le questionnaire de santé %n fois&#xa0;: réponses pas encore examinées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="166"/>
        <source>Resume the consultation…</source>
        <translation>Reprendre la consultation…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="166"/>
        <source>New consultation…</source>
        <translation>Nouvelle consultation…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="171"/>
        <source>Final</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="171"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consultations_tab.py" line="173"/>
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="235"/>
        <source>Amended on %1 by %2. Reason: %3</source>
        <translation>Corrigé le %1 par %2. Motif&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="248"/>
        <source>Nothing written yet.</source>
        <translation>Rien n’est encore écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="322"/>
        <source>Discard this unfinished consultation? What was written in it is lost.</source>
        <translation>Supprimer cette consultation inachevée&#xa0;? Ce qui y a été saisi sera perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="340"/>
        <source>Consultation summary</source>
        <translation>Compte rendu de consultation</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_tab.py" line="352"/>
        <source>Health questionnaire</source>
        <translation>Questionnaire de santé</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="190"/>
        <source>Log a contact</source>
        <translation>Enregistrer un contact</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="192"/>
        <source>%1 — %2, treated on %3</source>
        <translation>%1 — %2, soin du %3</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="197"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="198"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="199"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="203"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="208"/>
        <source>Optional: what was said, when to try again</source>
        <translation>Facultatif&#xa0;: ce qui a été dit, quand réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="214"/>
        <source>This closes the follow-up: it leaves the list.</source>
        <translation>Cette relance sera alors close&#xa0;: elle quittera la liste.</translation>
    </message>
</context>
<context>
    <name>ContactHistory</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="263"/>
        <source>Contacts with this client</source>
        <translation>Contacts avec ce client</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="266"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/date_field.py" line="91"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="111"/>
        <source>Type the date and the time (24-hour, e.g. 14:30).</source>
        <translation>Saisissez la date et l’heure (format 24&#xa0;h, par ex. 14:30).</translation>
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
        <translation>Un problème est survenu dans ClinicDesk. Vos fiches sont en sécurité&#xa0;: chaque modification est enregistrée entièrement ou pas du tout, la dernière action n’a donc peut-être pas été enregistrée. Vous pouvez continuer à travailler. L’erreur a été consignée dans le journal, sans aucune donnée client.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="139"/>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="142"/>
        <source>&amp;Use:</source>
        <translation>&amp;Usage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="144"/>
        <source>Anonymise:</source>
        <translation>Anonymisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="145"/>
        <source>&amp;Leave as it is</source>
        <translation>&amp;Laisser en l’état</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="146"/>
        <source>&amp;Crop</source>
        <translation>&amp;Recadrer</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="147"/>
        <source>&amp;Blur the eyes</source>
        <translation>&amp;Flouter les yeux</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="148"/>
        <source>&amp;Remove the last rectangle</source>
        <translation>Retirer le &amp;dernier rectangle</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="149"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="150"/>
        <source>&amp;JPEG picture</source>
        <translation>Image &amp;JPEG</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="151"/>
        <source>&amp;PDF page with the clinic&apos;s header</source>
        <translation>Page &amp;PDF avec l’en-tête de l’établissement</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="152"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="198"/>
        <source>The client&apos;s photo consent (from their latest consultation) does not allow %1. Nothing can be exported for this use.</source>
        <translation>Le consentement photo du client (issu de sa dernière consultation) n’autorise pas l’usage «&#xa0;%1&#xa0;». Rien ne peut être exporté pour cet usage.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="203"/>
        <source>The consent of the photo %1 does not allow %2.</source>
        <translation>Le consentement de la photo %1 n’autorise pas l’usage «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="205"/>
        <source>The consent of the photos %1 does not allow %2.</source>
        <translation>Le consentement des photos %1 n’autorise pas l’usage «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="222"/>
        <source>The photos are exported as they are.</source>
        <translation>Les photos sont exportées telles quelles.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="224"/>
        <source>Drag a rectangle over the picture: only what is inside it is exported.</source>
        <translation>Tracez un rectangle sur l’image en faisant glisser la souris&#xa0;: seul son contenu est exporté.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="227"/>
        <source>Drag a rectangle over the eyes of each photo (as many as needed): they are blurred in the export. Backspace takes the last one back.</source>
        <translation>Tracez un rectangle sur les yeux de chaque photo en faisant glisser la souris (autant que nécessaire)&#xa0;: ils sont floutés dans l’export. Retour arrière annule le dernier rectangle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_comparison_export.py" line="235"/>
        <source>%n rectangle(s) drawn.</source>
        <translation>
            <numerusform>%n rectangle tracé.</numerusform>
            <numerusform>%n rectangles tracés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="251"/>
        <source>Draw a rectangle on the picture first, or leave it as it is.</source>
        <translation>Tracez d’abord un rectangle sur l’image, ou laissez-la en l’état.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="265"/>
        <source>photo-comparison</source>
        <translation>comparaison-photos</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="280"/>
        <source>The file was saved, but the export could not be recorded: %1</source>
        <translation>Le fichier a été enregistré, mais l’export n’a pas pu être consigné&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="301"/>
        <source>no</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="302"/>
        <source>cropped</source>
        <translation>recadrage</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="303"/>
        <source>eyes blurred</source>
        <translation>yeux floutés</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="308"/>
        <source>Photo comparison</source>
        <translation>Comparaison de photos</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="311"/>
        <source>Use: %1 · anonymised: %2</source>
        <translation>Usage&#xa0;: %1 · anonymisation&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/photo_comparison_export.py" line="313"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="155"/>
        <source>Offered by the practice (untick to retire it)</source>
        <translation>Proposé par l’établissement (décochez pour le retirer du catalogue)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="156"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="160"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="161"/>
        <source>A signed consent form is required</source>
        <translation>Un formulaire de consentement signé est obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="162"/>
        <source>Consent template</source>
        <translation>Modèle de consentement</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="163"/>
        <source>the template&apos;s code, e.g. chemical_peel</source>
        <translation>le code du modèle, par ex. chemical_peel</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="164"/>
        <source>Patch test</source>
        <translation>Test cutané</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="165"/>
        <source>A patch test is required before this treatment</source>
        <translation>Un test cutané est obligatoire avant ce soin</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="169"/>
        <source>Applied before the treatment, at least</source>
        <translation>Posé avant le soin, au moins</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="170"/>
        <source>A negative test is valid for</source>
        <translation>Un test négatif est valable pendant</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="171"/>
        <source>Test again after a break in treatments of</source>
        <translation>Refaire le test après une interruption des soins de</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="172"/>
        <source>If the test is missing, out of date or positive</source>
        <translation>Si le test est absent, périmé ou positif</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="178"/>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="179"/>
        <location filename="../../ui/catalogue_family_form.py" line="181"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="180"/>
        <source>one treatment only</source>
        <translation>un seul soin</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="182"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="183"/>
        <source>Test again when the client starts a medication</source>
        <translation>Refaire le test si le client commence un nouveau médicament</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="184"/>
        <source>Test again after a pregnancy</source>
        <translation>Refaire le test après une grossesse</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="185"/>
        <source>Refuse the treatment</source>
        <translation>Refuser le soin</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="186"/>
        <source>Treat only with a recorded reason</source>
        <translation>Ne réaliser le soin qu’avec une justification consignée</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="187"/>
        <source>Default aftercare</source>
        <translation>Conseils post-soin par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_family_form.py" line="189"/>
        <source>One instruction per line, as it is handed to the client in each language.</source>
        <translation>Une consigne par ligne, telle qu’elle est remise au client, dans chaque langue.</translation>
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
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="33"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="34"/>
        <location filename="../../ui/follow_ups_model.py" line="43"/>
        <source>Due</source>
        <translation>À échéance</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="35"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="36"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="37"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="38"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="39"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="42"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="44"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="47"/>
        <source>Called</source>
        <translation>Joint par téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="48"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="49"/>
        <source>Letter sent</source>
        <translation>Courrier envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="50"/>
        <source>Booked</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_model.py" line="51"/>
        <source>Declined</source>
        <translation>Refus</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="163"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="164"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="165"/>
        <source>Search by client name or phone</source>
        <translation>Rechercher par nom du client ou téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="169"/>
        <source>Overdue, due and upcoming</source>
        <translation>En retard, à échéance et à venir</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="174"/>
        <source>Log contact…</source>
        <translation>Enregistrer un contact…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="175"/>
        <location filename="../../ui/follow_ups_page.py" line="404"/>
        <location filename="../../ui/follow_ups_page.py" line="409"/>
        <source>Recall letters</source>
        <translation>Courriers de relance</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="176"/>
        <source>Print recall letters…</source>
        <translation>Imprimer les courriers de relance…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="177"/>
        <source>Save recall letters as PDF…</source>
        <translation>Enregistrer les courriers de relance en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="178"/>
        <source>Export planned sessions (.ics)…</source>
        <translation>Exporter les séances prévues (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="179"/>
        <source>Open client</source>
        <translation>Ouvrir la fiche client</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="191"/>
        <source>All treatments</source>
        <translation>Tous les soins</translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="259"/>
        <source>No follow-up matches these filters.</source>
        <translation>Aucune relance ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_ups_page.py" line="264"/>
        <source>Nobody is due for a follow-up in the next %n day(s).</source>
        <translation>
            <numerusform>Aucun client à relancer d’ici %n jour.</numerusform>
            <numerusform>Aucun client à relancer d’ici %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="268"/>
        <source>Clients appear here when a signed-off treatment calls for a review or a next session, following the recall rules of each treatment.</source>
        <translation>Les clients apparaissent ici lorsqu’un soin validé appelle un contrôle ou une nouvelle séance, selon les règles de relance de chaque soin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/follow_ups_page.py" line="273"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/follow_ups_page.py" line="412"/>
        <source>recall-letters.pdf</source>
        <translation>courriers-de-relance.pdf</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="86"/>
        <source>Goals and expectations</source>
        <translation>Objectifs et attentes</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="89"/>
        <source>What the client hopes for, and what you agreed is realistic: write the expectation as you explained it, so both of you can come back to it.</source>
        <translation>Ce que le client espère, et ce que vous avez convenu ensemble comme réaliste&#xa0;: notez l’attente telle que vous l’avez expliquée, pour pouvoir tous les deux vous y référer.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="93"/>
        <source>The client&apos;s goals</source>
        <translation>Les objectifs du client</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="95"/>
        <source>Expectation agreed: what result is realistic, and what is not</source>
        <translation>Attentes convenues&#xa0;: quel résultat est réaliste, et lequel ne l’est pas</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="97"/>
        <source>In what time: sessions, weeks, when it lasts</source>
        <translation>Délai&#xa0;: séances, semaines, durée du résultat</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="88"/>
        <source>Health questionnaire</source>
        <translation>Questionnaire de santé</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="91"/>
        <source>Go through each question with the client. Answers already in the history are filled in; what you change is recorded as a new version when you go on.</source>
        <translation>Passez chaque question en revue avec le client. Les réponses déjà présentes dans les antécédents sont préremplies&#xa0;; ce que vous modifiez est enregistré comme nouvelle version lorsque vous passez à la suite.</translation>
    </message>
</context>
<context>
    <name>HistoryItemDialog</name>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="185"/>
        <source>Add to the medical history</source>
        <translation>Ajouter aux antécédents médicaux</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="187"/>
        <source>Change a history entry</source>
        <translation>Modifier un antécédent</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="190"/>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="196"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="197"/>
        <source>1 – very dissatisfied</source>
        <translation>1 – très insatisfait</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="198"/>
        <source>2 – dissatisfied</source>
        <translation>2 – insatisfait</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="199"/>
        <source>3 – neutral</source>
        <translation>3 – neutre</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="200"/>
        <source>4 – satisfied</source>
        <translation>4 – satisfait</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="201"/>
        <source>5 – very satisfied</source>
        <translation>5 – très satisfait</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="209"/>
        <source>%1 — leave empty if not known</source>
        <translation>%1 — laissez vide si inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="211"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="216"/>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="217"/>
        <source>Medication class</source>
        <translation>Classe de médicament</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="218"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="219"/>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="220"/>
        <source>Implant or device</source>
        <translation>Implant ou dispositif</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="221"/>
        <source>Skin condition</source>
        <translation>Affection cutanée</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="222"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="223"/>
        <source>Habit</source>
        <translation>Habitude</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="224"/>
        <location filename="../../ui/history_item_dialog.py" line="225"/>
        <source>Skin type</source>
        <translation>Type de peau</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="228"/>
        <source>Medication (as on the box)</source>
        <translation>Médicament (nom sur la boîte)</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="229"/>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="230"/>
        <source>Operation</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="231"/>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="232"/>
        <source>Document checked</source>
        <translation>Document vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="235"/>
        <source>Date of treatment</source>
        <translation>Date du soin</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="236"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="237"/>
        <location filename="../../ui/history_item_dialog.py" line="238"/>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="239"/>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="242"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="244"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="245"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="246"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="247"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="248"/>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="249"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="250"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="251"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="252"/>
        <source>Side effects</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="253"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="272"/>
        <source>e.g. Roaccutane 20 mg</source>
        <translation>ex.&#xa0;: Roaccutane 20 mg</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="279"/>
        <source>Optional when chosen from the list above</source>
        <translation>Facultatif si choisi dans la liste ci-dessus</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="291"/>
        <source>Recognise from the name</source>
        <translation>Reconnaître d’après le nom</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="293"/>
        <source>Choose the type…</source>
        <translation>Choisir le phototype…</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="295"/>
        <location filename="../../ui/history_item_dialog.py" line="297"/>
        <source>Other (describe)</source>
        <translation>Autre (à préciser)</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="322"/>
        <source>Recognised as: %1</source>
        <translation>Reconnu comme&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="326"/>
        <source>Not recognised as a medication that matters for treatments. If you know its class, choose it above.</source>
        <translation>Non reconnu comme un médicament ayant une incidence sur les soins. Si vous connaissez sa classe, choisissez-la ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="409"/>
        <source>“%1” is not a date. Write it as %2, or leave it empty if it is not known.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Saisissez-la au format %2, ou laissez le champ vide si elle est inconnue.</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="480"/>
        <source>Unsaved entry</source>
        <translation>Antécédent non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="481"/>
        <source>Close without saving this history entry?</source>
        <translation>Fermer sans enregistrer cet antécédent&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="483"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/history_item_dialog.py" line="485"/>
        <source>Go back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/history_tab.py" line="165"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="168"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="169"/>
        <location filename="../../ui/history_tab.py" line="416"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="170"/>
        <source>Versions…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="171"/>
        <source>Show as known on:</source>
        <translation>Afficher les antécédents connus au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="172"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="173"/>
        <source>Mark reviewed with the client</source>
        <translation>Marquer comme revus avec le client</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Entry</source>
        <translation>Antécédent</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="175"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="237"/>
        <source>Showing the history as it was known on %1; nothing can be changed in this view.</source>
        <translation>Affichage des antécédents tels qu’ils étaient connus le %1&#xa0;; rien ne peut être modifié dans cette vue.</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="244"/>
        <source>Nothing had been recorded by %1.</source>
        <translation>Rien n’avait été enregistré au %1.</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="247"/>
        <source>Nothing recorded yet. Use “Add…” to record conditions, medication, allergies, previous treatments and the skin assessment.</source>
        <translation>Rien n’est encore enregistré. Utilisez «&#xa0;Ajouter…&#xa0;» pour saisir les pathologies, médicaments, allergies, soins antérieurs et le diagnostic de peau.</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="302"/>
        <source>Never reviewed with the client</source>
        <translation>Jamais revus avec le client</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="307"/>
        <source>Last reviewed on %1 by %2</source>
        <translation>Revus pour la dernière fois le %1 par %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="309"/>
        <source>Last reviewed on %1</source>
        <translation>Revus pour la dernière fois le %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="404"/>
        <source>Remove from the history</source>
        <translation>Retirer des antécédents</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="406"/>
        <source>Remove “%1” from the current history?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» des antécédents actuels&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="412"/>
        <source>It stays in the earlier versions: the history as known before today still shows it.</source>
        <translation>Il reste dans les versions précédentes&#xa0;: les antécédents tels qu’ils étaient connus avant aujourd’hui l’affichent toujours.</translation>
    </message>
    <message>
        <location filename="../../ui/history_tab.py" line="417"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../ui/history_versions.py" line="87"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="89"/>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="97"/>
        <source>Dose: %1</source>
        <translation>Dose&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="101"/>
        <source>recognised: %1</source>
        <translation>reconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="103"/>
        <source>not recognised as a screened medication class</source>
        <translation>non reconnu comme une classe de médicament contrôlée</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="106"/>
        <source>Reaction: %1</source>
        <translation>Réaction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="109"/>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="112"/>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="115"/>
        <source>Satisfaction: %1/5</source>
        <translation>Satisfaction&#xa0;: %1/5</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="119"/>
        <source>Side effects: %1</source>
        <translation>Effets indésirables&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="125"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="128"/>
        <source>source: %1</source>
        <translation>source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IntakeReviewDialog</name>
    <message>
        <location filename="../../ui/intake_review.py" line="39"/>
        <source>Answers from the client</source>
        <translation>Réponses du client</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="41"/>
        <source>Answered by the client on %1, in %2.</source>
        <translation>Réponses données par le client le %1 (langue&#xa0;: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="56"/>
        <source>Accepting records these changes in the medical history as new versions, marked as given by the client. Check anything unclear with the client first.</source>
        <translation>En acceptant, ces modifications sont enregistrées dans les antécédents médicaux comme nouvelles versions, signalées comme déclarées par le client. Vérifiez d’abord avec le client tout point qui n’est pas clair.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="60"/>
        <source>The answers match the history as it is: accepting changes nothing.</source>
        <translation>Les réponses correspondent aux antécédents actuels&#xa0;: les accepter ne change rien.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="64"/>
        <source>Accept into the history</source>
        <translation>Intégrer aux antécédents</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="66"/>
        <location filename="../../ui/intake_review.py" line="112"/>
        <source>Discard the answers</source>
        <translation>Écarter les réponses</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="70"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="83"/>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="84"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="85"/>
        <source>Remove</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="95"/>
        <source>since</source>
        <translation>depuis le</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="95"/>
        <source>until</source>
        <translation>jusqu’au</translation>
    </message>
    <message>
        <location filename="../../ui/intake_review.py" line="113"/>
        <source>Discard what the client answered? The history stays as it is.</source>
        <translation>Écarter les réponses du client&#xa0;? Les antécédents restent inchangés.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk.py" line="157"/>
        <source>For the practitioner</source>
        <translation>Espace praticien(ne)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="159"/>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="162"/>
        <source>Send my answers</source>
        <translation>Envoyer mes réponses</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="163"/>
        <source>Thank you. Please hand the device back to your practitioner.</source>
        <translation>Merci. Veuillez rendre l’appareil à votre praticien(ne).</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="164"/>
        <source>Practitioner: type the passphrase to leave.</source>
        <translation>Praticien(ne)&#xa0;: saisissez la phrase secrète pour quitter.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="165"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk.py" line="173"/>
        <source>Answer at least one question before sending.</source>
        <translation>Répondez à au moins une question avant d’envoyer.</translation>
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
    <name>LifestylePage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="105"/>
        <source>Lifestyle and budget</source>
        <translation>Mode de vie et budget</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="107"/>
        <source>Habits that affect the result, and what the client is ready to spend.</source>
        <translation>Les habitudes qui influent sur le résultat, et ce que le client est prêt à dépenser.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="110"/>
        <source>Lifestyle: sun, sport, skincare routine, work, events coming up</source>
        <translation>Mode de vie&#xa0;: soleil, sport, routine de soins, travail, événements à venir</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="112"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;New client</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Find client</source>
        <translation>&amp;Rechercher un client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Batch look-up (product recall)…</source>
        <translation>Recherche par &amp;lot (rappel de produit)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;About ClinicDesk</source>
        <translation>À &amp;propos de ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Relances</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Client lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes de clients (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Importing clients…</source>
        <translation>Importation des clients…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="301"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre ligne.</numerusform>
            <numerusform>… et %n autres lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="305"/>
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client importé.</numerusform>
            <numerusform>%n clients importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="307"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n ligne ignorée.</numerusform>
            <numerusform>%n lignes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>About ClinicDesk</source>
        <translation>À propos de ClinicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>ClinicDesk %1
The client file of your salon or clinic, kept on this computer and encrypted.</source>
        <translation>ClinicDesk %1
Le fichier clients de votre institut ou de votre cabinet, conservé sur cet ordinateur et chiffré.</translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="550"/>
        <source>%1, session %2 — %3</source>
        <translation>%1, séance %2 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="553"/>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="559"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="567"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="568"/>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="570"/>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="582"/>
        <source>Move a session date</source>
        <translation>Changer la date d’une séance</translation>
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
    <name>PatchTestPanel</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="59"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="60"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="61"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="62"/>
        <source>Site</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="63"/>
        <source>Applied</source>
        <translation>Posé le</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="64"/>
        <source>Ready to read from</source>
        <translation>Lecture possible dès le</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="65"/>
        <source>Read at</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="66"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="331"/>
        <source>Patch tests needed before treatment</source>
        <translation>Tests cutanés nécessaires avant le soin</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="332"/>
        <source>Record patch test…</source>
        <translation>Enregistrer un test cutané…</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="333"/>
        <source>Record result…</source>
        <translation>Enregistrer le résultat…</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="334"/>
        <source>No patch test recorded for this client yet.</source>
        <translation>Aucun test cutané enregistré pour ce client.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="381"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="471"/>
        <source>batch %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="474"/>
        <source>Applied %1, ready to read from %2.</source>
        <translation>Posé le %1, lecture possible dès le %2.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="480"/>
        <source>Read %1: %2.</source>
        <translation>Lu le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="485"/>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PatchTestTexts</name>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="18"/>
        <source>No patch test on file.</source>
        <translation>Aucun test cutané au dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="19"/>
        <source>The patch test can only be read from %1.</source>
        <translation>Le test cutané ne pourra être lu qu’à partir du %1.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="22"/>
        <source>The patch test applied on %1 has not been read yet: record its result.</source>
        <translation>Le test cutané posé le %1 n’a pas encore été lu&#xa0;: enregistrez son résultat.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="26"/>
        <source>The last patch test was positive (reaction): do not treat with this product.</source>
        <translation>Le dernier test cutané était positif (réaction)&#xa0;: ne réalisez pas le soin avec ce produit.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="30"/>
        <source>The last patch test was inconclusive: test again before treating.</source>
        <translation>Le dernier test cutané n’était pas concluant&#xa0;: refaites le test avant le soin.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="34"/>
        <source>The patch test applied on %1 is no longer valid: test again before treating.</source>
        <translation>Le test cutané posé le %1 n’est plus valable&#xa0;: refaites le test avant le soin.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="38"/>
        <source>A medication was started after the last patch test: test again before treating.</source>
        <translation>Un médicament a été commencé après le dernier test cutané&#xa0;: refaites le test avant le soin.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="42"/>
        <source>A pregnancy was recorded after the last patch test: test again before treating.</source>
        <translation>Une grossesse a été enregistrée après le dernier test cutané&#xa0;: refaites le test avant le soin.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="46"/>
        <source>The last treatment was too long ago: test again before treating.</source>
        <translation>Le dernier soin remonte à trop longtemps&#xa0;: refaites le test avant le soin.</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="53"/>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="54"/>
        <source>Positive (reaction)</source>
        <translation>Positif (réaction)</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="55"/>
        <source>Inconclusive</source>
        <translation>Non concluant</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_texts.py" line="56"/>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
</context>
<context>
    <name>PhotoCompare</name>
    <message>
        <location filename="../../ui/photo_compare.py" line="136"/>
        <source>Choose at least two photos to compare, of the same area and view on different dates.</source>
        <translation>Choisissez au moins deux photos à comparer, de la même zone et de la même vue, prises à des dates différentes.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="140"/>
        <source>&amp;Side by side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="141"/>
        <source>&amp;Wipe</source>
        <translation>&amp;Rideau</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="142"/>
        <source>&amp;Blend</source>
        <translation>&amp;Fondu</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="143"/>
        <source>&amp;Grid:</source>
        <translation>&amp;Grille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="145"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="146"/>
        <source>Thirds</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="147"/>
        <source>Every 10 %</source>
        <translation>Tous les 10&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="156"/>
        <source>Swa&amp;p</source>
        <translation>&amp;Permuter</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="157"/>
        <source>Put the first photo in the second&apos;s place</source>
        <translation>Mettre la première photo à la place de la seconde</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="158"/>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="159"/>
        <source>Zoom to show the whole photos (Ctrl+0)</source>
        <translation>Zoomer pour afficher les photos en entier (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="160"/>
        <source>&amp;Align…</source>
        <translation>&amp;Aligner…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="162"/>
        <source>Lay the second photo over the first by two reference points</source>
        <translation>Superposer la seconde photo à la première à l’aide de deux points de référence</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="164"/>
        <source>&amp;Reset alignment</source>
        <translation>Réinitialiser l’a&amp;lignement</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="293"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="295"/>
        <source>&amp;Opacity of B:</source>
        <translation>&amp;Opacité de B&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="295"/>
        <source>&amp;Divider:</source>
        <translation>&amp;Séparation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="305"/>
        <source>Step 1 of 4: click a first reference point on photo A, on the left (the client&apos;s right pupil, for instance).</source>
        <translation>Étape 1 sur 4&#xa0;: cliquez sur un premier point de référence sur la photo A, à gauche (la pupille droite du client, par exemple).</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="308"/>
        <source>Step 2 of 4: click a second reference point on photo A.</source>
        <translation>Étape 2 sur 4&#xa0;: cliquez sur un second point de référence sur la photo A.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="309"/>
        <source>Step 3 of 4: click the same first point on photo B.</source>
        <translation>Étape 3 sur 4&#xa0;: cliquez sur le même premier point sur la photo B.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="310"/>
        <source>Step 4 of 4: click the same second point on photo B.</source>
        <translation>Étape 4 sur 4&#xa0;: cliquez sur le même second point sur la photo B.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="316"/>
        <source>Keyboard: bring the point under the cross with the arrows (Shift+arrows: finely) and press Enter. Backspace takes the last point back, Esc stops.</source>
        <translation>Clavier&#xa0;: amenez le point sous la croix avec les flèches (Maj+flèches&#xa0;: plus finement) et appuyez sur Entrée. Retour arrière annule le dernier point, Échap arrête.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="321"/>
        <source>Wheel or Ctrl+plus and minus zoom, drag or the arrows move. PageUp and PageDown show the previous or next date in the chosen photo (1 to 4 choose it). Shift+arrows, Shift+plus and minus, Shift+[ and ] move, scale and turn photo B.</source>
        <translation>Zoom&#xa0;: molette ou Ctrl+plus et Ctrl+moins&#xa0;; déplacement&#xa0;: glisser ou flèches. Pg préc et Pg suiv affichent la date précédente ou suivante dans la photo choisie (les touches 1 à 4 la choisissent). Maj+flèches, Maj+plus et moins, Maj+[ et ] déplacent, redimensionnent et font pivoter la photo B.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="326"/>
        <source>Drag the divider, or move it with Ctrl+Left and Ctrl+Right.</source>
        <translation>Faites glisser la séparation, ou déplacez-la avec Ctrl+Flèche gauche et Ctrl+Flèche droite.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_compare.py" line="328"/>
        <source>Ctrl+Left and Ctrl+Right change the blend.</source>
        <translation>Ctrl+Flèche gauche et Ctrl+Flèche droite modifient le fondu.</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="178"/>
        <source>Photo details</source>
        <translation>Détails de la photo</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsForm</name>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="87"/>
        <source>Body &amp;area</source>
        <translation>&amp;Zone du corps</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="89"/>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="90"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="91"/>
        <source>Consent covers</source>
        <translation>Le consentement couvre</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="101"/>
        <source>The client has not agreed to photos in a finished consultation, so no use can be ticked. Record their photo consent in a consultation first.</source>
        <translation>Le client n’a pas accepté les photos lors d’une consultation terminée&#xa0;: aucun usage ne peut donc être coché. Consignez d’abord son consentement photo lors d’une consultation.</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="110"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_details.py" line="123"/>
        <source>No session</source>
        <translation>Aucune séance</translation>
    </message>
</context>
<context>
    <name>PhotoImportDialog</name>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="163"/>
        <source>Import photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="166"/>
        <source>Photos of %1</source>
        <translation>Photos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="168"/>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="169"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="172"/>
        <source>Choose the photos with Add photos…, or drop their files here: JPEG, PNG, WebP or HEIC. The details below are given to every one of them.</source>
        <translation>Choisissez les photos avec «&#xa0;Ajouter des photos…&#xa0;», ou déposez leurs fichiers ici&#xa0;: JPEG, PNG, WebP ou HEIC. Les informations ci-dessous s’appliquent à chacune d’elles.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="176"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="177"/>
        <source>Take with the camera…</source>
        <translation>Prendre avec la caméra…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="187"/>
        <source>Choose photos to import</source>
        <translation>Choisir les photos à importer</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="189"/>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="268"/>
        <source>Add the photos to import first.</source>
        <translation>Ajoutez d’abord les photos à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="307"/>
        <location filename="../../ui/photo_import_dialog.py" line="317"/>
        <source>Stopping after the current photo…</source>
        <translation>Arrêt après la photo en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="314"/>
        <source>Importing: %1 of %2 done…</source>
        <translation>Importation en cours&#xa0;: %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photo_import_dialog.py" line="348"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>%n photo importée.</numerusform>
            <numerusform>%n photos importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="350"/>
        <source>Import cancelled: the rest was not imported.</source>
        <translation>Importation annulée&#xa0;: le reste n’a pas été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="361"/>
        <source>%1 was not imported.</source>
        <translation>%1 n’a pas été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="374"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/photo_import_dialog.py" line="374"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="22"/>
        <source>Face</source>
        <translation>Visage</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="23"/>
        <source>Forehead</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="24"/>
        <source>Eye area</source>
        <translation>Contour des yeux</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="25"/>
        <source>Nose</source>
        <translation>Nez</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="26"/>
        <source>Lips</source>
        <translation>Lèvres</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="27"/>
        <source>Chin and jaw</source>
        <translation>Menton et mâchoire</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="28"/>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="29"/>
        <source>Décolleté</source>
        <translation>Décolleté</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="30"/>
        <source>Scalp</source>
        <translation>Cuir chevelu</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="31"/>
        <source>Arms</source>
        <translation>Bras</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="32"/>
        <source>Underarms</source>
        <translation>Aisselles</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="33"/>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="34"/>
        <source>Chest</source>
        <translation>Torse</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="35"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="36"/>
        <source>Flanks</source>
        <translation>Flancs</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="37"/>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="38"/>
        <source>Buttocks</source>
        <translation>Fesses</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="39"/>
        <source>Thighs</source>
        <translation>Cuisses</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="40"/>
        <source>Legs</source>
        <translation>Jambes</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="41"/>
        <source>Feet</source>
        <translation>Pieds</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="42"/>
        <source>Other area</source>
        <translation>Autre zone</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="45"/>
        <source>Front</source>
        <translation>Face</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="46"/>
        <source>Left 45°</source>
        <translation>Trois-quarts gauche 45°</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="47"/>
        <source>Right 45°</source>
        <translation>Trois-quarts droit 45°</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="48"/>
        <source>Left profile</source>
        <translation>Profil gauche</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="49"/>
        <source>Right profile</source>
        <translation>Profil droit</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="50"/>
        <source>Other view</source>
        <translation>Autre vue</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="53"/>
        <source>Clinical record</source>
        <translation>Dossier clinique</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="54"/>
        <source>Anonymised teaching</source>
        <translation>Enseignement anonymisé</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_names.py" line="55"/>
        <source>Marketing</source>
        <translation>Communication</translation>
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
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="218"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="219"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="220"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="222"/>
        <source>Zoom out (Ctrl+minus or the wheel)</source>
        <translation>Zoom arrière (Ctrl+moins ou molette)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="223"/>
        <source>Zoom in (Ctrl+plus or the wheel)</source>
        <translation>Zoom avant (Ctrl+plus ou molette)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="224"/>
        <source>The whole photo in the window (Ctrl+0)</source>
        <translation>La photo entière dans la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="225"/>
        <source>One pixel of the photo per pixel of the screen</source>
        <translation>Un pixel de la photo par pixel de l’écran</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="232"/>
        <source>Drag or use the arrow keys to move around the photo. Page Up and Page Down, or Left and Right while the whole photo is in view, show the previous or next photo. Esc closes.</source>
        <translation>Faites glisser ou utilisez les flèches pour vous déplacer dans la photo. Pg préc et Pg suiv, ou les flèches Gauche et Droite lorsque la photo est entièrement visible, affichent la photo précédente ou suivante. Échap ferme la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.py" line="293"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../ui/photos_tab.py" line="136"/>
        <source>Import photos…</source>
        <translation>Importer des photos…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="137"/>
        <source>Take photos…</source>
        <translation>Prendre des photos…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="138"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="139"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="140"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="145"/>
        <source>Choose two to four photos (Ctrl+click) to see them side by side.</source>
        <translation>Choisissez de deux à quatre photos (Ctrl+clic) pour les voir côte à côte.</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="150"/>
        <source>Grouped by date</source>
        <translation>Regroupées par date</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="151"/>
        <source>Grouped by area and view</source>
        <translation>Regroupées par zone et vue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photos_tab.py" line="223"/>
        <source>%1 of %n photo(s)</source>
        <translation>
            <numerusform>%1 sur %n photo</numerusform>
            <numerusform>%1 sur %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="228"/>
        <source>No photos of this client yet. Press Import photos… or drop photo files here (JPEG, PNG, WebP or HEIC).</source>
        <translation>Aucune photo de ce client pour l’instant. Cliquez sur «&#xa0;Importer des photos…&#xa0;» ou déposez des fichiers photo ici (JPEG, PNG, WebP ou HEIC).</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="234"/>
        <source>No photo matches these filters. Choose “All” in each to see every photo.</source>
        <translation>Aucune photo ne correspond à ces filtres. Choisissez «&#xa0;Toutes les zones&#xa0;», «&#xa0;Toutes les vues&#xa0;» et «&#xa0;Toutes les séances&#xa0;» pour voir toutes les photos.</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="293"/>
        <source>No camera is connected to this computer: import photos taken with a phone.</source>
        <translation>Aucune caméra n’est branchée sur cet ordinateur&#xa0;: importez des photos prises avec un téléphone.</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab.py" line="346"/>
        <source>Erase photos</source>
        <translation>Effacer des photos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/photos_tab.py" line="348"/>
        <source>Erase %n photo(s) for good? They are removed from the record and their encrypted files deleted; this cannot be undone.</source>
        <translation>
            <numerusform>Effacer définitivement %n photo&#xa0;? Elle sera retirée de la fiche et ses fichiers chiffrés seront supprimés&#xa0;; cette opération est irréversible.</numerusform>
            <numerusform>Effacer définitivement %n photos&#xa0;? Elles seront retirées de la fiche et leurs fichiers chiffrés seront supprimés&#xa0;; cette opération est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="94"/>
        <source>All areas</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="96"/>
        <source>All views</source>
        <translation>Toutes les vues</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="98"/>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="100"/>
        <source>Not linked to a session</source>
        <translation>Non rattachées à une séance</translation>
    </message>
    <message>
        <location filename="../../ui/photos_tab_gallery.py" line="145"/>
        <source>%1  ·  photos: %2</source>
        <translation>%1  ·  photos&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>Edit the plan</source>
        <translation>Modifier le plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="390"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="391"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="392"/>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="393"/>
        <source>Timeline agreed</source>
        <translation>Délai convenu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="394"/>
        <source>Treatments</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="395"/>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="396"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="397"/>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="398"/>
        <source>What the client wants to change</source>
        <translation>Ce que le client souhaite changer</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="400"/>
        <source>The result the client can expect, as agreed with them</source>
        <translation>Le résultat auquel le client peut s’attendre, tel que convenu avec lui</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="403"/>
        <source>e.g. visible change after 3 sessions, full result at 3 months</source>
        <translation>ex.&#xa0;: changement visible après 3 séances, résultat complet à 3 mois</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="406"/>
        <source>The client agreed to this plan: why does it change?</source>
        <translation>Ce plan a été convenu avec le client&#xa0;: pourquoi le modifier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="408"/>
        <source>Add a treatment</source>
        <translation>Ajouter un soin</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="409"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="411"/>
        <source>%1 — leave empty until booked</source>
        <translation>%1 — laissez vide jusqu’à la prise de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="413"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="426"/>
        <source>Type the price agreed, or choose a service for every treatment to use the catalogue&apos;s prices.</source>
        <translation>Saisissez le prix convenu, ou choisissez une prestation pour chaque soin afin d’appliquer les prix du catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="432"/>
        <source>Left empty, the plan costs %1 at the catalogue&apos;s prices.</source>
        <translation>Si ce champ reste vide, le plan coûte %1 aux prix du catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="459"/>
        <source>Type the price as an amount, e.g. %1.</source>
        <translation>Saisissez le prix sous forme de montant, par ex. %1.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="253"/>
        <source>Recommendation and next steps</source>
        <translation>Recommandation et prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="256"/>
        <source>What you recommend and what happens next. The treatments ticked below become a draft treatment plan when the consultation is finished.</source>
        <translation>Ce que vous recommandez et la suite. Les soins cochés ci-dessous deviennent un projet de plan de traitement à la fin de la consultation.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="260"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="262"/>
        <source>Agreed next steps: patch test, time to reflect, booking</source>
        <translation>Prochaines étapes convenues&#xa0;: test cutané, délai de réflexion, prise de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="264"/>
        <source>Into the plan</source>
        <translation>À inclure dans le plan</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="266"/>
        <source>Days apart</source>
        <translation>Jours d’intervalle</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="287"/>
        <source>To choose later</source>
        <translation>À choisir plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="294"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="305"/>
        <source>Ruled out by the screening.</source>
        <translation>Exclu par le contrôle des contre-indications.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="307"/>
        <source>Record a reason on the previous page first.</source>
        <translation>Consignez d’abord une justification à la page précédente.</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="50"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="51"/>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="52"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="53"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="54"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="58"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="59"/>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="60"/>
        <source>Timeline agreed</source>
        <translation>Délai convenu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="61"/>
        <source>Treatments</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="62"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="63"/>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="64"/>
        <source>Session date</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="65"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="101"/>
        <source>No price yet</source>
        <translation>Pas encore de prix</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="115"/>
        <location filename="../../ui/plan_editor.py" line="122"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="154"/>
        <source>“%1” is not a date. Write it as %2, or leave it empty.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Saisissez-la au format %2, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../ui/plans_tab.py" line="163"/>
        <source>New plan…</source>
        <translation>Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="164"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="165"/>
        <location filename="../../ui/plans_tab.py" line="445"/>
        <source>Agree with the client</source>
        <translation>Accord du client</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="166"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="167"/>
        <location filename="../../ui/plans_tab.py" line="463"/>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="168"/>
        <source>Stop…</source>
        <translation>Arrêter…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="169"/>
        <source>Move a session date…</source>
        <translation>Changer la date d’une séance…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="170"/>
        <source>Record a session…</source>
        <translation>Enregistrer une séance…</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="294"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="316"/>
        <source>Treatments</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="172"/>
        <location filename="../../ui/plans_tab.py" line="288"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="174"/>
        <source>Changes since the client agreed</source>
        <translation>Modifications depuis l’accord du client</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="177"/>
        <source>No treatment plan yet. A consultation&apos;s recommendation becomes a draft plan, or start one here with New plan.</source>
        <translation>Aucun plan de traitement pour l’instant. La recommandation d’une consultation devient un projet de plan&#xa0;; vous pouvez aussi en créer un ici avec «&#xa0;Nouveau plan&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="280"/>
        <source>Stopped because: %1</source>
        <translation>Motif de l’arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="285"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="287"/>
        <source>Agreed with the client</source>
        <translation>Convenu avec le client</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="290"/>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="291"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="295"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="310"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="311"/>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="312"/>
        <source>Timeline agreed</source>
        <translation>Délai convenu</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="319"/>
        <source>No treatment in the plan yet.</source>
        <translation>Aucun soin dans le plan pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="321"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="328"/>
        <source>service to choose later</source>
        <translation>prestation à choisir plus tard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans_tab.py" line="330"/>
        <source>%1 of %n session(s) done</source>
        <translation>
            <numerusform>%1 sur %n séance réalisée</numerusform>
            <numerusform>%1 sur %n séances réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="vanished">
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans_tab.py" line="334"/>
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>%n jour d’intervalle</numerusform>
            <numerusform>%n jours d’intervalle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="341"/>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="356"/>
        <source>Changes are listed here once the client has agreed to the plan.</source>
        <translation>Les modifications s’afficheront ici une fois le plan convenu avec le client.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="358"/>
        <source>No change since the client agreed to the plan.</source>
        <translation>Aucune modification depuis que le plan a été convenu avec le client.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="367"/>
        <source>%1, session %2</source>
        <translation>%1, séance %2</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="374"/>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="447"/>
        <source>Has the client agreed to this plan? From now on, every change to it needs a reason and is kept in the plan&apos;s history.</source>
        <translation>Le client a-t-il donné son accord sur ce plan&#xa0;? Désormais, chaque modification devra être motivée et sera conservée dans l’historique du plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="464"/>
        <source>Mark this plan as completed? It can no longer be changed afterwards.</source>
        <translation>Marquer ce plan comme terminé&#xa0;? Il ne pourra plus être modifié ensuite.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="475"/>
        <source>Stop the plan</source>
        <translation>Arrêter le plan</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.py" line="477"/>
        <source>Write why the plan stops before its end, for example the client&apos;s decision, a reaction or a change in their health. The reason is kept with the plan.</source>
        <translation>Indiquez pourquoi le plan s’arrête avant son terme, par exemple la décision du client, une réaction ou un changement de son état de santé. Le motif est conservé avec le plan.</translation>
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
    <name>PreviousSessionTint</name>
    <message>
        <location filename="../../ui/session_tint.py" line="66"/>
        <source>As in the session of %1.</source>
        <translation>Comme lors de la séance du %1.</translation>
    </message>
    <message>
        <location filename="../../ui/session_tint.py" line="71"/>
        <source>Changed since the session of %1; it was: %2</source>
        <translation>Modifié depuis la séance du %1&#xa0;; valeur précédente&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/session_tint.py" line="73"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="51"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="52"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="63"/>
        <source>Save as JPEG</source>
        <translation>Enregistrer en JPEG</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="64"/>
        <source>JPEG pictures (*.jpg *.jpeg)</source>
        <translation>Images JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="39"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="66"/>
        <source>The picture could not be saved: %1</source>
        <translation>L’image n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="54"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Le PDF n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProductLines</name>
    <message>
        <location filename="../../ui/session_products.py" line="40"/>
        <source>lot %1, expires %2</source>
        <translation>lot %1, périme le %2</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="43"/>
        <source>EXPIRED</source>
        <translation>PÉRIMÉ</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="94"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="95"/>
        <source>Batch (lot)</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="96"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="97"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="98"/>
        <source>Area or point</source>
        <translation>Zone ou point</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="101"/>
        <source>Add a product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="102"/>
        <source>Remove the line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="143"/>
        <source>e.g. 20 or 0.5</source>
        <translation>ex.&#xa0;: 20 ou 0,5</translation>
    </message>
    <message>
        <location filename="../../ui/session_products.py" line="190"/>
        <source>No batch in date: add one in Settings ▸ Products</source>
        <translation>Aucun lot non périmé&#xa0;: ajoutez-en un dans Paramètres ▸ Produits</translation>
    </message>
</context>
<context>
    <name>ProductsEditor</name>
    <message>
        <location filename="../../ui/products_editor.py" line="45"/>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="46"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="47"/>
        <source>syringes</source>
        <translation>seringues</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="48"/>
        <source>vials</source>
        <translation>flacons</translation>
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
        <translation>pièces</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="202"/>
        <source>Show products no longer used</source>
        <translation>Afficher les produits qui ne sont plus utilisés</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="203"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="207"/>
        <source>Name, as on the box *</source>
        <translation>Nom, tel qu’indiqué sur la boîte *</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="208"/>
        <source>For treatment</source>
        <translation>Pour le soin</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="209"/>
        <source>Measured in</source>
        <translation>Unité de mesure</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="210"/>
        <source>Usual largest quantity in a session</source>
        <translation>Quantité maximale habituelle par séance</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="215"/>
        <source>optional: a larger quantity is questioned</source>
        <translation>facultatif&#xa0;: au-delà, une confirmation sera demandée</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="216"/>
        <source>In use (untick to stop offering it)</source>
        <translation>Utilisé (décochez pour ne plus le proposer)</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="217"/>
        <source>Save product</source>
        <translation>Enregistrer le produit</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="218"/>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Batch (lot)</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Expires on</source>
        <translation>Périme le</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="220"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="222"/>
        <source>Add a batch…</source>
        <translation>Ajouter un lot…</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="225"/>
        <source>Record each product you use and the batches you hold: sessions then record the batch used, expired batches are refused, and a recall finds every client who received a batch.</source>
        <translation>Enregistrez chaque produit que vous utilisez et les lots dont vous disposez&#xa0;: chaque séance consigne alors le lot utilisé, les lots périmés sont refusés et, en cas de rappel, vous retrouvez tous les clients qui ont reçu un lot donné.</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="232"/>
        <source>Any treatment</source>
        <translation>Tous les soins</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="291"/>
        <source>%1 (expired)</source>
        <translation>%1 (périmé)</translation>
    </message>
    <message>
        <location filename="../../ui/products_editor.py" line="318"/>
        <source>Type a quantity more than 0, for example 20 or 0.5, or leave it empty.</source>
        <translation>Saisissez une quantité supérieure à 0, par exemple 20 ou 0,5, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>ProductsUsed</name>
    <message>
        <location filename="../../ui/session_products_used.py" line="66"/>
        <source>Products used</source>
        <translation>Produits utilisés</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="69"/>
        <source>Products placed on the chart below are recorded with their point; list here the ones used over an area or the whole face.</source>
        <translation>Les produits placés sur le schéma ci-dessous sont enregistrés avec leur point&#xa0;; indiquez ici ceux utilisés sur une zone ou sur tout le visage.</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="73"/>
        <source>Face and body chart</source>
        <translation>Schéma du visage et du corps</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="151"/>
        <source>Chart mark %1: %2</source>
        <translation>Repère %1 du schéma&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/session_products_used.py" line="158"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="177"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="178"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="179"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="181"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire_form.py" line="186"/>
        <source>One per line</source>
        <translation>Un élément par ligne</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/screening_view.py" line="59"/>
        <source>Reason to go ahead</source>
        <translation>Justification pour réaliser le soin</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="64"/>
        <source>Write why the treatment can go ahead despite this warning, for example what you checked or who advised it. The reason is kept in the client&apos;s record.</source>
        <translation>Indiquez pourquoi le soin peut avoir lieu malgré cette alerte, par exemple ce que vous avez vérifié ou qui l’a conseillé. La justification est conservée dans la fiche du client.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="80"/>
        <source>Record the reason</source>
        <translation>Consigner la justification</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="75"/>
        <source>Reason for the visit</source>
        <translation>Motif de la visite</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="76"/>
        <source>In the client&apos;s own words: what brings them, what bothers them.</source>
        <translation>Avec les mots du client&#xa0;: ce qui l’amène, ce qui le gêne.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="77"/>
        <source>Why the client came (required)</source>
        <translation>Motif de la visite (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="78"/>
        <source>Concerns: areas, how long, what was tried</source>
        <translation>Préoccupations&#xa0;: zones, depuis quand, ce qui a déjà été essayé</translation>
    </message>
</context>
<context>
    <name>RecordResultDialog</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="248"/>
        <source>Record a patch-test result</source>
        <translation>Enregistrer le résultat d’un test cutané</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="249"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="250"/>
        <source>Read at</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="261"/>
        <source>Choose the result that was read.</source>
        <translation>Choisissez le résultat constaté à la lecture.</translation>
    </message>
</context>
<context>
    <name>RecordTestDialog</name>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="186"/>
        <source>Record a patch test</source>
        <translation>Enregistrer un test cutané</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="188"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="189"/>
        <source>Product *</source>
        <translation>Produit *</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="190"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="191"/>
        <source>Site</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="192"/>
        <source>Applied</source>
        <translation>Posé le</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="193"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/patch_test_panel.py" line="197"/>
        <source>e.g. behind the left ear</source>
        <translation>ex.&#xa0;: derrière l’oreille gauche</translation>
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
    <name>ScreeningView</name>
    <message>
        <location filename="../../ui/screening_view.py" line="41"/>
        <source>Absolute: cannot go ahead</source>
        <translation>Absolue&#xa0;: soin impossible</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="42"/>
        <source>Relative: needs a reason</source>
        <translation>Relative&#xa0;: justification requise</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="43"/>
        <source>Caution</source>
        <translation>Précaution</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="44"/>
        <source>Let through with a reason</source>
        <translation>Levée avec justification</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="139"/>
        <source>%1: ruled out</source>
        <translation>%1&#xa0;: exclu</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="141"/>
        <source>%1: blocked until a reason is recorded</source>
        <translation>%1&#xa0;: bloqué tant qu’aucune justification n’est consignée</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="145"/>
        <source>%1: can go ahead, read the notes</source>
        <translation>%1&#xa0;: possible, lisez les remarques</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="147"/>
        <source>%1: nothing in the history stands in the way</source>
        <translation>%1&#xa0;: rien dans les antécédents ne s’y oppose</translation>
    </message>
    <message>
        <location filename="../../ui/screening_view.py" line="181"/>
        <source>Record a reason…</source>
        <translation>Consigner une justification…</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/catalogue_services.py" line="146"/>
        <source>Edit service</source>
        <translation>Modifier la prestation</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="146"/>
        <source>New service</source>
        <translation>Nouvelle prestation</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="147"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="148"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="149"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="167"/>
        <source>Type the price as an amount, e.g. %1.</source>
        <translation>Saisissez le prix sous forme de montant, par ex. %1.</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../ui/catalogue_services.py" line="254"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="255"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="258"/>
        <source>A service is saved as soon as its dialog is closed with Save. Services are retired, never deleted, because sessions and invoices name them.</source>
        <translation>Une prestation est enregistrée dès que sa fenêtre est fermée avec Enregistrer. Les prestations sont retirées du catalogue, jamais supprimées, car les séances et les factures y font référence.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="263"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="293"/>
        <source>%1 (retired)</source>
        <translation>%1 (hors catalogue)</translation>
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
        <translation>Remettre au catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_services.py" line="326"/>
        <source>Retire</source>
        <translation>Retirer du catalogue</translation>
    </message>
</context>
<context>
    <name>SessionBanner</name>
    <message>
        <location filename="../../ui/session_state.py" line="60"/>
        <source>Correcting a signed-off session: change what was wrong and say why. The original stays in the record beside the correction.</source>
        <translation>Correction d’une séance validée&#xa0;: modifiez ce qui était erroné et indiquez pourquoi. La version d’origine reste dans la fiche, à côté de la correction.</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="66"/>
        <source>Signed off on %1 by %2. It can only be corrected, with a reason.</source>
        <translation>Validée le %1 par %2. Elle ne peut plus qu’être corrigée, avec un motif.</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="73"/>
        <source>The screening blocks this treatment: record a reason above to go ahead, or discard the draft and do not treat.</source>
        <translation>Le contrôle bloque ce soin&#xa0;: consignez une justification ci-dessus pour le réaliser, ou supprimez le brouillon et ne réalisez pas le soin.</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="78"/>
        <source>Draft: saved as you go, final once signed off.</source>
        <translation>Brouillon&#xa0;: enregistré au fur et à mesure, définitif une fois validé.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/session_dialog.py" line="112"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Adverse event…</source>
        <translation type="vanished">Effet indésirable…</translation>
    </message>
    <message>
        <source>Print aftercare sheet…</source>
        <translation type="vanished">Imprimer la fiche de conseils post-soin…</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="255"/>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="vanished">Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation type="vanished">Valider…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="vanished">Corriger…</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation type="vanished">Annuler la correction</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="vanished">Enregistrer la correction</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Fermer</translation>
    </message>
    <message>
        <source>Why is this corrected?</source>
        <translation type="vanished">Pourquoi cette correction&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="138"/>
        <source>No batch in date for: %1. Add a batch in Settings ▸ Products.</source>
        <translation>Aucun lot non périmé pour&#xa0;: %1. Ajoutez un lot dans Paramètres ▸ Produits.</translation>
    </message>
    <message>
        <source>Correcting a signed-off session: change what was wrong and say why. The original stays in the record beside the correction.</source>
        <translation type="vanished">Correction d’une séance validée&#xa0;: modifiez ce qui était erroné et indiquez pourquoi. La version d’origine reste dans la fiche, à côté de la correction.</translation>
    </message>
    <message>
        <source>Signed off on %1 by %2. It can only be corrected, with a reason.</source>
        <translation type="vanished">Validée le %1 par %2. Elle ne peut plus qu’être corrigée, avec un motif.</translation>
    </message>
    <message>
        <source>The screening blocks this treatment: record a reason above to go ahead, or discard the draft and do not treat.</source>
        <translation type="vanished">Le contrôle bloque ce soin&#xa0;: consignez une justification ci-dessus pour le réaliser, ou supprimez le brouillon et ne réalisez pas le soin.</translation>
    </message>
    <message>
        <source>Draft: saved as you go, final once signed off.</source>
        <translation type="vanished">Brouillon&#xa0;: enregistré au fur et à mesure, définitif une fois validé.</translation>
    </message>
    <message>
        <source>Action taken: %1</source>
        <translation type="vanished">Mesures prises&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="vanished">Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="vanished">%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="235"/>
        <source>Large quantities</source>
        <translation>Quantités élevées</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="236"/>
        <source>Sign off with these quantities?</source>
        <translation>Valider avec ces quantités&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="256"/>
        <source>Throw this draft away? Nothing of it is kept but the fact it was started.</source>
        <translation>Supprimer ce brouillon&#xa0;? Rien n’en sera conservé, sauf le fait qu’il a été commencé.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="352"/>
        <source>Aftercare sheet</source>
        <translation>Fiche de conseils post-soin</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="362"/>
        <source>Session record</source>
        <translation>Compte rendu de séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="370"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.py" line="371"/>
        <source>Save the changes before closing?</source>
        <translation>Enregistrer les modifications avant de fermer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SessionFooter</name>
    <message>
        <location filename="../../ui/session_state.py" line="117"/>
        <source>Adverse event…</source>
        <translation>Effet indésirable…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="118"/>
        <source>Photos…</source>
        <translation>Photos…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="119"/>
        <source>Print aftercare sheet…</source>
        <translation>Imprimer la fiche de conseils post-soin…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="120"/>
        <source>Print session record…</source>
        <translation>Imprimer le compte rendu de séance…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="121"/>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="122"/>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="123"/>
        <source>Sign off…</source>
        <translation>Valider…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="124"/>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="125"/>
        <source>Cancel correction</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="126"/>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="127"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/session_state.py" line="131"/>
        <source>Why is this corrected?</source>
        <translation>Pourquoi cette correction&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../ui/session_form.py" line="165"/>
        <source>When and who</source>
        <translation>Date et praticien(ne)</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="167"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="168"/>
        <source>Areas treated</source>
        <translation>Zones traitées</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="169"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="170"/>
        <source>Skin reaction</source>
        <translation>Réaction cutanée</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="171"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="172"/>
        <source>Discomfort (0–10)</source>
        <translation>Gêne (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="181"/>
        <source>Reaction, discomfort and aftercare</source>
        <translation>Réaction, gêne et conseils post-soin</translation>
    </message>
    <message>
        <source>Comfort (0–10)</source>
        <translation type="vanished">Confort (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="173"/>
        <source>Client&apos;s feedback</source>
        <translation>Ressenti du client</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="174"/>
        <source>Aftercare</source>
        <translation>Conseils post-soin</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="175"/>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="178"/>
        <source>What was treated, and with what settings</source>
        <translation>Ce qui a été traité, et avec quels réglages</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="179"/>
        <source>Separate areas with a semicolon: forehead; cheeks</source>
        <translation>Séparez les zones par un point-virgule&#xa0;: front&#xa0;; joues</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="180"/>
        <source>Device or kit used, e.g. its model</source>
        <translation>Appareil ou kit utilisé, par ex. son modèle</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation type="vanished">Produits utilisés</translation>
    </message>
    <message>
        <source>Products placed on the chart below are recorded with their point; list here the ones used over an area or the whole face.</source>
        <translation type="vanished">Les produits placés sur le schéma ci-dessous sont enregistrés avec leur point&#xa0;; indiquez ici ceux utilisés sur une zone ou sur tout le visage.</translation>
    </message>
    <message>
        <source>Face and body chart</source>
        <translation type="vanished">Schéma du visage et du corps</translation>
    </message>
    <message>
        <source>Reaction, comfort and aftercare</source>
        <translation type="vanished">Réaction, confort et conseils post-soin</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="183"/>
        <source>0 (none) to 10 (worst imaginable), or the client&apos;s own words</source>
        <translation>0 (aucune gêne) à 10 (la pire imaginable), ou les mots du client</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="185"/>
        <source>Aftercare explained and the sheet handed over</source>
        <translation>Conseils post-soin expliqués et fiche remise</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="186"/>
        <source>or in words, e.g. in 4 weeks for a review</source>
        <translation>ou en toutes lettres, par ex. dans 4 semaines pour un contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="216"/>
        <source>Practitioner: %1</source>
        <translation>Praticien(ne)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="252"/>
        <source>This is not a date.</source>
        <translation>Ce n’est pas une date.</translation>
    </message>
    <message>
        <source>Chart mark %1: %2</source>
        <translation type="vanished">Repère %1 du schéma&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="vanished">Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>As in the session of %1.</source>
        <translation type="vanished">Comme lors de la séance du %1.</translation>
    </message>
    <message>
        <source>Changed since the session of %1; it was: %2</source>
        <translation type="vanished">Modifié depuis la séance du %1&#xa0;; valeur précédente&#xa0;: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="vanished">(rien)</translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message>
        <location filename="../../ui/session_history.py" line="31"/>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="39"/>
        <source>Action taken: %1</source>
        <translation>Mesures prises&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="42"/>
        <source>Follow-up: %1</source>
        <translation>Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="48"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../ui/session_history.py" line="51"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <location filename="../../ui/session_summary.py" line="46"/>
        <source>Session record</source>
        <translation>Compte rendu de séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="47"/>
        <source>Signed off %1</source>
        <translation>Validée le %1</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="48"/>
        <source>Draft: not signed off</source>
        <translation>Brouillon&#xa0;: non validée</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="49"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="50"/>
        <source>Born</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="51"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="52"/>
        <source>Practitioner</source>
        <translation>Praticien(ne)</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="53"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="54"/>
        <source>Plan</source>
        <translation>Plan de traitement</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="55"/>
        <source>Session %1 of %2</source>
        <translation>Séance %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="56"/>
        <source>Not part of a plan</source>
        <translation>Hors plan de traitement</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="57"/>
        <source>Products and batches</source>
        <translation>Produits et lots</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="58"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="59"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="60"/>
        <source>Expires</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="61"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="62"/>
        <source>Where</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>%1 (mark %2)</source>
        <translation type="vanished">%1 (repère %2)</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="64"/>
        <source>Face and body chart</source>
        <translation>Schéma du visage et du corps</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="65"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="66"/>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="67"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="68"/>
        <source>Treatment given</source>
        <translation>Soin réalisé</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="69"/>
        <source>Reaction, discomfort and feedback</source>
        <translation>Réaction, gêne et ressenti</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="70"/>
        <source>Aftercare and next visit</source>
        <translation>Conseils post-soin et prochaine visite</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="71"/>
        <source>%1 out of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="vanished">%1 sur 10</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="63"/>
        <source>on the chart: %1</source>
        <translation>sur le schéma&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="72"/>
        <source>Screening before treatment</source>
        <translation>Contrôle des contre-indications avant le soin</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="73"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="74"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="75"/>
        <source>Let through because:</source>
        <translation>Levée avec la justification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="76"/>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="77"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="78"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="79"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="80"/>
        <source>Action taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="81"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="82"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="83"/>
        <source>Corrections after sign-off</source>
        <translation>Corrections après validation</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="84"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="85"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="86"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="87"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="88"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="89"/>
        <source>Practitioner&apos;s signature</source>
        <translation>Signature du praticien(ne)</translation>
    </message>
    <message>
        <location filename="../../ui/session_summary.py" line="90"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>SessionTexts</name>
    <message>
        <location filename="../../ui/session_texts.py" line="16"/>
        <source>Areas treated</source>
        <translation>Zones traitées</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="17"/>
        <source>Areas drawn on the chart</source>
        <translation>Zones dessinées sur le schéma</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="18"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="19"/>
        <source>Skin reaction</source>
        <translation>Réaction cutanée</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="20"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation type="vanished">Confort</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="21"/>
        <source>Discomfort</source>
        <translation>Gêne</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="22"/>
        <source>Client&apos;s feedback</source>
        <translation>Ressenti du client</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="23"/>
        <source>Aftercare given</source>
        <translation>Conseils post-soin remis</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="24"/>
        <source>Aftercare</source>
        <translation>Conseils post-soin</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="25"/>
        <source>Next visit (day)</source>
        <translation>Prochaine visite (date)</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="26"/>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="27"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="30"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="31"/>
        <source>Signed off</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="50"/>
        <source>%1 %2 %3, lot %4</source>
        <translation>%1 %2 %3, lot %4</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="72"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/session_texts.py" line="74"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Clinic</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Passphrase and recovery</source>
        <translation>Phrase secrète et récupération</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Treatments</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="186"/>
        <source>Clinic name *</source>
        <translation>Nom de l’établissement *</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Go through each client&apos;s history again after</source>
        <translation>Revoir les antécédents de chaque client après</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>Lock after (minutes idle)</source>
        <translation>Verrouiller après (minutes d’inactivité)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="198"/>
        <source>Remember the key on this computer</source>
        <translation>Mémoriser la clé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>This computer has no secure keychain, so ClinicDesk always asks for the passphrase.</source>
        <translation>Cet ordinateur ne dispose pas de trousseau sécurisé&#xa0;: ClinicDesk demande donc toujours la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Kept in %1. ClinicDesk then opens without the passphrase for this computer account; choose it only if nobody else uses this account.</source>
        <translation>Conservée dans %1. ClinicDesk s’ouvre alors sans la phrase secrète pour ce compte d’utilisateur&#xa0;; ne choisissez cette option que si personne d’autre n’utilise ce compte.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="216"/>
        <location filename="../../ui/settings_dialog.py" line="275"/>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="217"/>
        <location filename="../../ui/settings_dialog.py" line="296"/>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>Recovery Sheet</source>
        <translation>Feuille de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="220"/>
        <source>Print the Recovery Sheet again if it was lost or damaged. If it may have been seen by someone else, replace the recovery key instead: the old sheet then stops working.</source>
        <translation>Réimprimez la feuille de récupération si elle a été perdue ou abîmée. Si quelqu’un d’autre a pu la voir, remplacez plutôt la clé de récupération&#xa0;: l’ancienne feuille cessera alors de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>Print or save the Recovery Sheet…</source>
        <translation>Imprimer ou enregistrer la feuille de récupération…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="226"/>
        <source>Replace the recovery key…</source>
        <translation>Remplacer la clé de récupération…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="229"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="276"/>
        <source>Type the new passphrase the same way twice; it needs 8 characters.</source>
        <translation>Saisissez deux fois la nouvelle phrase secrète à l’identique&#xa0;; elle doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="290"/>
        <source>The passphrase has been changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="297"/>
        <source>Enter the passphrase to continue:</source>
        <translation>Saisissez la phrase secrète pour continuer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="312"/>
        <source>Print the Recovery Sheet, or save it as a PDF?</source>
        <translation>Imprimer la feuille de récupération ou l’enregistrer en PDF&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="313"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="314"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="318"/>
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
    <name>SkinPage</name>
    <message>
        <location filename="../../ui/consultation_pages.py" line="135"/>
        <source>Skin assessment</source>
        <translation>Diagnostic de peau</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="137"/>
        <source>Fitzpatrick type and skin type are kept in the history and screened.</source>
        <translation>Le phototype de Fitzpatrick et le type de peau sont conservés dans les antécédents et pris en compte dans le contrôle des contre-indications.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="139"/>
        <source>Fitzpatrick skin type</source>
        <translation>Phototype de Fitzpatrick</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="140"/>
        <source>Skin type</source>
        <translation>Type de peau</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="142"/>
        <source>Observations: texture, pigmentation, lines, sensitivity</source>
        <translation>Observations&#xa0;: texture, pigmentation, rides, sensibilité</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_pages.py" line="150"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <location filename="../../ui/session_start.py" line="51"/>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="74"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="76"/>
        <source>Counts towards</source>
        <translation>Rattachée à</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="77"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="81"/>
        <source>Starting screens the client&apos;s history again for this treatment. A contraindication that rules it out stops here.</source>
        <translation>Au démarrage, les antécédents du client sont de nouveau contrôlés pour ce soin. Une contre-indication qui l’exclut bloque la séance à ce stade.</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="90"/>
        <source>Screen and start</source>
        <translation>Contrôler et démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="114"/>
        <source>No plan: a session on its own</source>
        <translation>Aucun plan&#xa0;: séance isolée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_start.py" line="117"/>
        <source>Plan of %1 (%n session(s))</source>
        <translation>
            <numerusform>Plan du %1 (%n séance)</numerusform>
            <numerusform>Plan du %1 (%n séances)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_start.py" line="141"/>
        <source>Choose the treatment.</source>
        <translation>Choisissez le soin.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/timeline_model.py" line="202"/>
        <source>Session: %1</source>
        <translation>Séance&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="204"/>
        <source>draft, not signed off</source>
        <translation>brouillon, non validée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline_model.py" line="207"/>
        <source>Photos: %n</source>
        <translation>
            <numerusform>Photos&#xa0;: %n</numerusform>
            <numerusform>Photos&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="212"/>
        <source>Adverse event (%1): %2</source>
        <translation>Effet indésirable (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="220"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="222"/>
        <source>draft, not finished</source>
        <translation>brouillon, non terminée</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="226"/>
        <source>Considered: %1</source>
        <translation>Soins envisagés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="235"/>
        <source>Planned: %1, session %2 of %3</source>
        <translation>Prévue&#xa0;: %1, séance %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="241"/>
        <source>Overdue: not done yet</source>
        <translation>En retard&#xa0;: pas encore réalisée</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="243"/>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="247"/>
        <source>Patch test: %1</source>
        <translation>Test cutané&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="251"/>
        <source>read on %1</source>
        <translation>lu le %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="267"/>
        <source>%1, lot %2, %3 %4</source>
        <translation>%1, lot %2, %3 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline_model.py" line="269"/>
        <source>%1, lot %2, %3 %4 over %n point(s)</source>
        <translation>
            <numerusform>%1, lot %2, %3 %4 en %n point</numerusform>
            <numerusform>%1, lot %2, %3 %4 en %n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="280"/>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="286"/>
        <source>Session amended: %1</source>
        <translation>Séance corrigée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="289"/>
        <source>Consultation amended</source>
        <translation>Consultation corrigée</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="291"/>
        <location filename="../../ui/timeline_model.py" line="300"/>
        <location filename="../../ui/timeline_model.py" line="321"/>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="297"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="298"/>
        <source>Photos: %1</source>
        <translation>Photos&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="301"/>
        <source>Photo consent changed</source>
        <translation>Consentement photo modifié</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="303"/>
        <source>Health data may be kept</source>
        <translation>Conservation des données de santé autorisée</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="305"/>
        <source>No consent to keep health data</source>
        <translation>Pas de consentement à la conservation des données de santé</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="307"/>
        <source>Consent given</source>
        <translation>Consentement recueilli</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="312"/>
        <source>Plan drafted</source>
        <translation>Projet de plan établi</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="313"/>
        <source>Plan agreed with the client</source>
        <translation>Plan convenu avec le client</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="314"/>
        <source>Plan started</source>
        <translation>Plan démarré</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="315"/>
        <source>Plan completed</source>
        <translation>Plan terminé</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="316"/>
        <source>Plan stopped</source>
        <translation>Plan arrêté</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="317"/>
        <source>Plan changed</source>
        <translation>Plan modifié</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="330"/>
        <source>%1, session %2 moved to %3</source>
        <translation>%1, séance %2 déplacée (nouvelle date&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="333"/>
        <source>no date</source>
        <translation>non fixée</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/timeline_tab.py" line="170"/>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="172"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="173"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="174"/>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="175"/>
        <source>Amendments</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="176"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="177"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="178"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="179"/>
        <source>Planned sessions</source>
        <translation>Séances prévues</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="180"/>
        <source>Patch tests</source>
        <translation>Tests cutanés</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="184"/>
        <source>Show or hide: %1</source>
        <translation>Afficher ou masquer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="249"/>
        <source>All plans and treatments</source>
        <translation>Tous les plans et soins</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="255"/>
        <source>Plan of %1: %2</source>
        <translation>Plan du %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="282"/>
        <source>Nothing is recorded for this client yet. Start with a consultation in the Consultations tab, or record a treatment with New session.</source>
        <translation>Rien n’est encore enregistré pour ce client. Commencez par une consultation dans l’onglet Consultations, ou enregistrez un soin avec «&#xa0;Nouvelle séance&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="289"/>
        <source>Nothing matches these filters. Turn a kind back on above, or choose “All plans and treatments”.</source>
        <translation>Aucun élément ne correspond à ces filtres. Réactivez un type d’élément ci-dessus, ou choisissez «&#xa0;Tous les plans et soins&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="352"/>
        <source>A planned session is overdue since %1 (%2).</source>
        <translation>Une séance prévue est en retard depuis le %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="359"/>
        <source>Next planned session: %1 (%2).</source>
        <translation>Prochaine séance prévue le %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="368"/>
        <source>Plan of %1 · %2</source>
        <translation>Plan du %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="383"/>
        <source>%1 of %2 sessions</source>
        <translation>Séances&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="393"/>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="397"/>
        <source>next: %1</source>
        <translation>prochaine séance le %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="399"/>
        <source>no day planned yet</source>
        <translation>pas encore de date prévue</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_tab.py" line="407"/>
        <source>%1, session %2</source>
        <translation>%1, séance %2</translation>
    </message>
</context>
<context>
    <name>TreatmentRows</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="187"/>
        <source>Treatment</source>
        <translation>Soin</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="188"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="189"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="190"/>
        <source>Days apart</source>
        <translation>Jours d’intervalle</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="195"/>
        <location filename="../../ui/plan_editor.py" line="226"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editor.py" line="254"/>
        <source>To choose later</source>
        <translation>À choisir plus tard</translation>
    </message>
</context>
<context>
    <name>TreatmentsPage</name>
    <message>
        <location filename="../../ui/consultation_screening.py" line="154"/>
        <source>Treatments considered</source>
        <translation>Soins envisagés</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="157"/>
        <source>Tick what you discuss. Each treatment is checked against the history at once: absolute contraindications rule it out, relative ones need a reason.</source>
        <translation>Cochez les soins dont vous parlez. Chaque soin est aussitôt confronté aux antécédents&#xa0;: une contre-indication absolue l’exclut, une contre-indication relative exige une justification.</translation>
    </message>
    <message>
        <location filename="../../ui/consultation_screening.py" line="161"/>
        <source>Tick a treatment on the left to see what the history says.</source>
        <translation>Cochez un soin à gauche pour voir ce qu’en disent les antécédents.</translation>
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
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/history_versions.py" line="160"/>
        <source>Versions of this history entry</source>
        <translation>Versions de cet antécédent</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Entry</source>
        <translation>Antécédent</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="162"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="163"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="168"/>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="170"/>
        <source>First recorded</source>
        <translation>Première saisie</translation>
    </message>
    <message>
        <location filename="../../ui/history_versions.py" line="170"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
</TS>
