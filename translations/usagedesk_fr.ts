<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdministratorDialog</name>
    <message>
        <source>Add Administrator</source>
        <translation>Ajouter un administrateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User name error</source>
        <translation>Erreur dans le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>Erreur dans l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>E&amp;nabled (may sign in)</source>
        <translation>A&amp;ctivé (peut se connecter)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Erreur dans le mot de passe</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Repeat password error</source>
        <translation>Erreur dans la répétition du mot de passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Edit Administrator</source>
        <translation>Modifier l&apos;administrateur</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody changes their own role.</source>
        <translation>Personne ne modifie son propre rôle.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <source>The passwords do not match</source>
        <translation>Les mots de passe ne correspondent pas</translation>
    </message>
</context>
<context>
    <name>AdministratorTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Locked after repeated failed sign-ins until %1 (local time)</source>
        <translation>Verrouillé après des échecs de connexion répétés jusqu&apos;au %1 (heure locale)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>AdministratorsPage</name>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>&amp;Add Administrator</source>
        <translation>&amp;Ajouter un administrateur</translation>
    </message>
    <message>
        <source>Add Administrator</source>
        <translation>Ajouter un administrateur</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit Administrator</source>
        <translation>Modifier l&apos;administrateur</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Disable or enable the administrator</source>
        <translation>Désactiver ou activer l&apos;administrateur</translation>
    </message>
    <message>
        <source>Reset &amp;Password</source>
        <translation>Réinitialiser le mot de &amp;passe</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove Administrator</source>
        <translation>Supprimer l&apos;administrateur</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Refresh the administrators list</source>
        <translation>Actualiser la liste des administrateurs</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Your role does not manage administrators with the role %1.</source>
        <translation>Votre rôle ne gère pas les administrateurs ayant le rôle %1.</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ctiver</translation>
    </message>
    <message>
        <source>Enable Administrator</source>
        <translation>Activer l&apos;administrateur</translation>
    </message>
    <message>
        <source>Disable Administrator</source>
        <translation>Désactiver l&apos;administrateur</translation>
    </message>
    <message>
        <source>Enable %1? They can sign in again.</source>
        <translation>Activer %1&#xa0;? Cette personne pourra de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in.</source>
        <translation>Désactiver %1&#xa0;? Cette personne ne pourra plus se connecter.</translation>
    </message>
    <message>
        <source>Remove the administrator %1? This cannot be undone.</source>
        <translation>Supprimer l&apos;administrateur %1&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>Switch Database</source>
        <translation>Changer de base de données</translation>
    </message>
    <message>
        <source>Not switched to %1: %2</source>
        <translation>Pas de passage à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no administrator to sign in as; start UsageDesk without --sign-in-user to create the first Super Administrator</source>
        <translation>aucun administrateur sous lequel se connecter&#xa0;; démarrez UsageDesk sans --sign-in-user pour créer le premier super-administrateur</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Ad&amp;ministrator:</source>
        <translation>Ad&amp;ministrateur&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator filter</source>
        <translation>Filtre d&apos;administrateur</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction&#xa0;:</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtre d&apos;action</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtre de résultat</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrer à partir d&apos;une date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtrer jusqu&apos;à une date</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Apply the filter</source>
        <translation>Appliquer le filtre</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Load older lines</source>
        <translation>Charger des lignes plus anciennes</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Cancel E&amp;xport</source>
        <translation>Annuler l&apos;e&amp;xport</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>contains…</source>
        <translation>contient…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>All administrators</source>
        <translation>Tous les administrateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n newest line(s) shown; more are available.</source>
        <translation>
            <numerusform>%n ligne la plus récente affichée&#xa0;; il y en a d&apos;autres.</numerusform>
            <numerusform>%n lignes les plus récentes affichées&#xa0;; il y en a d&apos;autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n ligne.</numerusform>
            <numerusform>%n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting… %1 lines written.</source>
        <translation>Export en cours… %1 lignes écrites.</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>Rechercher dans les actions</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>CancelReportPrompt</name>
    <message>
        <source>Cancel the report?</source>
        <translation>Annuler le rapport&#xa0;?</translation>
    </message>
    <message>
        <source>Stop generating &quot;%1&quot;?</source>
        <translation>Arrêter la génération de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The rows computed so far are discarded and no report is stored. You can generate it again later.</source>
        <translation>Les lignes déjà calculées sont abandonnées et aucun rapport n&apos;est enregistré. Vous pourrez le générer de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Cancel the export?</source>
        <translation>Annuler l&apos;export&#xa0;?</translation>
    </message>
    <message>
        <source>Stop exporting &quot;%1&quot;?</source>
        <translation>Arrêter l&apos;export de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>No file is written; a file that already had this name stays as it was.</source>
        <translation>Aucun fichier n&apos;est écrit&#xa0;; un fichier qui portait déjà ce nom reste tel quel.</translation>
    </message>
    <message>
        <source>Cancel report</source>
        <translation>Annuler le rapport</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Poursuivre</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsTab</name>
    <message>
        <source>Database in use</source>
        <translation>Base de données utilisée</translation>
    </message>
    <message>
        <source>S&amp;QLite file</source>
        <translation>Fichier S&amp;QLite</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose an existing SQLite file</source>
        <translation>Choisir un fichier SQLite existant</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Name a new SQLite file</source>
        <translation>Nommer un nouveau fichier SQLite</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>Serveur &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL host</source>
        <translation>Hôte PostgreSQL</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL port</source>
        <translation>Port PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>Base de données PostgreSQL</translation>
    </message>
    <message>
        <source>usagedesk</source>
        <translation>usagedesk</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL user</source>
        <translation>Utilisateur PostgreSQL</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD, ~/.pgpass or the keychain</source>
        <translation>Vide&#xa0;: PGPASSWORD, ~/.pgpass ou le trousseau</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings or the database.</source>
        <translation>Conservé dans le trousseau du système, jamais dans les paramètres ni dans la base de données.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the database connection</source>
        <translation>Tester la connexion à la base de données</translation>
    </message>
    <message>
        <source>Save &amp;&amp; s&amp;witch…</source>
        <translation>Enregistrer &amp;&amp; &amp;changer…</translation>
    </message>
    <message>
        <source>Save and switch to this database</source>
        <translation>Enregistrer et passer à cette base de données</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>USAGEDESK_DB is set: it is used at the next start instead of the saved choice.</source>
        <translation>USAGEDESK_DB est défini&#xa0;: elle sera utilisée au prochain démarrage à la place du choix enregistré.</translation>
    </message>
    <message>
        <source>The saved choice is used at the next start unless --db or USAGEDESK_DB names another database.</source>
        <translation>Le choix enregistré est utilisé au prochain démarrage, sauf si --db ou USAGEDESK_DB indique une autre base de données.</translation>
    </message>
    <message>
        <source>File: choose an SQLite file or name a new one</source>
        <translation>Fichier&#xa0;: choisissez un fichier SQLite ou nommez-en un nouveau</translation>
    </message>
    <message>
        <source>Host: enter the PostgreSQL server&apos;s name or address</source>
        <translation>Hôte&#xa0;: saisissez le nom ou l&apos;adresse du serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Database: enter the database&apos;s name</source>
        <translation>Base de données&#xa0;: saisissez le nom de la base de données</translation>
    </message>
    <message>
        <source>User: enter the PostgreSQL user</source>
        <translation>Utilisateur&#xa0;: saisissez l&apos;utilisateur PostgreSQL</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Impossible d’utiliser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is the database in use.</source>
        <translation>%1 est la base de données utilisée.</translation>
    </message>
    <message>
        <source>Switch Database</source>
        <translation>Changer de base de données</translation>
    </message>
    <message>
        <source>Switch to %1?
%2
You sign in again on it; this window is replaced by one on the new database.</source>
        <translation>Passer à %1&#xa0;?
%2
Vous vous y connectez à nouveau&#xa0;; cette fenêtre est remplacée par une fenêtre sur la nouvelle base de données.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The password was not stored: %1
Without it the next start needs PGPASSWORD or ~/.pgpass. Switch anyway?</source>
        <translation>Le mot de passe n&apos;a pas été enregistré&#xa0;: %1
Sans lui, le prochain démarrage a besoin de PGPASSWORD ou de ~/.pgpass. Changer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Not switched.</source>
        <translation>Pas de changement.</translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation>Passage à %1…</translation>
    </message>
    <message>
        <source>Choose a Database</source>
        <translation>Choisir une base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>Bases de données SQLite (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>DeliveryLogDialog</name>
    <message>
        <source>Delivery Log: %1</source>
        <translation>Journal des envois&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Scheduled at (local)</source>
        <translation>Prévue pour (heure locale)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Attempts of the selected run</source>
        <translation>Tentatives de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>Attempted at (local)</source>
        <translation>Tentée à (heure locale)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation>R&amp;envoyer…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Resend Report</source>
        <translation>Renvoyer le rapport</translation>
    </message>
    <message>
        <source>Send the report of %1 to %2 again?</source>
        <translation>Renvoyer le rapport du %1 à %2&#xa0;?</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>%1 in progress…</source>
        <translation>%1 en cours…</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1&#xa0;: terminé.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FileExportJob</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>FilterChipBar</name>
    <message>
        <source>Clear &amp;all</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtre actif</translation>
    </message>
    <message>
        <source>Clear all filter conditions</source>
        <translation>Effacer toutes les conditions du filtre</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Supprimer la condition %1</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
</context>
<context>
    <name>FilterConditionRow</name>
    <message>
        <source>Text to look for (any case)</source>
        <translation>Texte à rechercher (sans tenir compte de la casse)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Condition %1 attribute</source>
        <translation>Attribut de la condition %1</translation>
    </message>
    <message>
        <source>Condition %1 operator</source>
        <translation>Opérateur de la condition %1</translation>
    </message>
    <message>
        <source>Condition %1 value</source>
        <translation>Valeur de la condition %1</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Supprimer la condition %1</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <source>Condition %1 error</source>
        <translation>Erreur dans la condition %1</translation>
    </message>
    <message>
        <source>Enter the text to look for.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Contract mode</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Fournisseur de services</translation>
    </message>
    <message>
        <source>Authentication account</source>
        <translation>Compte d&apos;authentification</translation>
    </message>
    <message>
        <source>Issuance account</source>
        <translation>Compte d&apos;émission</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Show the tenants that match all of these conditions.</source>
        <translation>Afficher les clients qui remplissent toutes ces conditions.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>No conditions: every tenant is shown.</source>
        <translation>Aucune condition&#xa0;: tous les clients sont affichés.</translation>
    </message>
    <message>
        <source>A&amp;dd condition</source>
        <translation>A&amp;jouter une condition</translation>
    </message>
    <message>
        <source>&amp;Filter text:</source>
        <translation>Texte du &amp;filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Erreur de filtre</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Remove every condition and show every tenant</source>
        <translation>Supprimer toutes les conditions et afficher tous les clients</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Complete the conditions marked in red to apply the filter.</source>
        <translation>Complétez les conditions signalées en rouge pour appliquer le filtre.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the first Super Administrator</source>
        <translation>Créer le premier super-administrateur</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Create the first one: it gets the Super Administrator role.</source>
        <translation>Cette base de données n&apos;a encore aucun administrateur. Créez le premier&#xa0;: il reçoit le rôle Super-administrateur.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User name error</source>
        <translation>Erreur dans le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>Erreur dans l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Erreur dans le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Repeat password error</source>
        <translation>Erreur dans la répétition du mot de passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords do not match</source>
        <translation>Les mots de passe ne correspondent pas</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsTab</name>
    <message>
        <source>Reporting &amp;time zone:</source>
        <translation>&amp;Fuseau horaire des rapports&#xa0;:</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Fuseau horaire des rapports</translation>
    </message>
    <message>
        <source>The calendar of report periods: &quot;today&quot;, &quot;last month&quot; and the end of a custom period follow this zone. Shared by everyone using this database; scheduled reports keep their own zone.</source>
        <translation>Le calendrier des périodes de rapport&#xa0;: «&#xa0;aujourd&apos;hui&#xa0;», «&#xa0;le mois dernier&#xa0;» et la fin d&apos;une période personnalisée suivent ce fuseau. Il est commun à tous les utilisateurs de cette base de données&#xa0;; les rapports planifiés gardent leur propre fuseau.</translation>
    </message>
    <message>
        <source>Time zone error</source>
        <translation>Erreur de fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies the next time UsageDesk starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;UsageDesk.</translation>
    </message>
    <message>
        <source>Default &amp;delimiter:</source>
        <translation>&amp;Séparateur par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default delimiter of new reports</source>
        <translation>Séparateur par défaut des nouveaux rapports</translation>
    </message>
    <message>
        <source>&amp;Excel compatible by default (byte order mark)</source>
        <translation>&amp;Compatible Excel par défaut (indicateur d&apos;ordre des octets)</translation>
    </message>
    <message>
        <source>Excel compatible by default</source>
        <translation>Compatible Excel par défaut</translation>
    </message>
    <message>
        <source>New reports and schedules start with these; on this computer only.</source>
        <translation>Les nouveaux rapports et planifications partent de ces valeurs&#xa0;; sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save general settings</source>
        <translation>Enregistrer les paramètres généraux</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Changing it needs Settings: Edit.</source>
        <translation>Le modifier nécessite Paramètres&#xa0;: Modifier.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Settings saved. The new language applies the next time UsageDesk starts.</source>
        <translation>Paramètres enregistrés. La nouvelle langue s&apos;applique au prochain démarrage d&apos;UsageDesk.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Reporting time zone: %1</source>
        <translation>Fuseau horaire des rapports&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GenerateReportDialog</name>
    <message>
        <source>Generate Usage Report</source>
        <translation>Générer un rapport d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Report name</source>
        <translation>Nom du rapport</translation>
    </message>
    <message>
        <source>Required, up to 100 characters</source>
        <translation>Obligatoire, 100 caractères au maximum</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Erreur dans le nom</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Report description</source>
        <translation>Description du rapport</translation>
    </message>
    <message>
        <source>Optional, up to 1,000 characters</source>
        <translation>Facultatif, 1 000 caractères au maximum</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Erreur dans la description</translation>
    </message>
    <message>
        <source>File &amp;delimiter:</source>
        <translation>&amp;Séparateur du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File delimiter</source>
        <translation>Séparateur du fichier</translation>
    </message>
    <message>
        <source>&amp;Excel compatible (BOM)</source>
        <translation>Compatible &amp;Excel (BOM)</translation>
    </message>
    <message>
        <source>Excel compatible (BOM)</source>
        <translation>Compatible Excel (BOM)</translation>
    </message>
    <message>
        <source>Starts the file with a byte-order mark, so Excel reads accented names correctly.</source>
        <translation>Commence le fichier par une marque d&apos;ordre des octets (BOM), pour qu&apos;Excel lise correctement les noms accentués.</translation>
    </message>
    <message>
        <source>About Excel compatible</source>
        <translation>À propos de la compatibilité Excel</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Period error</source>
        <translation>Erreur dans la période</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>Tenants in the report</source>
        <translation>Clients du rapport</translation>
    </message>
    <message>
        <source>The quick search is not part of the report&apos;s scope.</source>
        <translation>La recherche rapide ne fait pas partie du périmètre du rapport.</translation>
    </message>
    <message>
        <source>Note on the quick search</source>
        <translation>Remarque sur la recherche rapide</translation>
    </message>
    <message>
        <source>&amp;Schedule Report</source>
        <translation>&amp;Planifier le rapport</translation>
    </message>
    <message>
        <source>Schedule Report</source>
        <translation>Planifier le rapport</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Erreur dans le formulaire</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Counting tenants…</source>
        <translation>Comptage des clients…</translation>
    </message>
    <message>
        <source>Cannot count the tenants: %1</source>
        <translation>Impossible de compter les clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>There are no tenants: the report would be empty</source>
        <translation>Il n&apos;y a aucun client&#xa0;: le rapport serait vide</translation>
    </message>
    <message>
        <source>No tenants match the filter: the report would be empty</source>
        <translation>Aucun client ne correspond au filtre&#xa0;: le rapport serait vide</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Your role does not include generating usage reports (Export Reports: Add)</source>
        <translation>Votre rôle ne permet pas de générer des rapports d&apos;utilisation (Exporter des rapports&#xa0;: Ajouter)</translation>
    </message>
    <message>
        <source>Your role does not include viewing tenants (Tenants: View), which generating a usage report needs</source>
        <translation>Votre rôle ne permet pas de consulter les clients (Clients&#xa0;: Consulter), ce qu&apos;exige la génération d&apos;un rapport d&apos;utilisation</translation>
    </message>
    <message>
        <source>Enter a name for the report first.</source>
        <translation>Saisissez d&apos;abord un nom pour le rapport.</translation>
    </message>
    <message>
        <source>Also send this report by e-mail on a schedule</source>
        <translation>Envoyer aussi ce rapport par e-mail selon une planification</translation>
    </message>
    <message>
        <source>Scheduling needs Scheduled Task Management: Add in your role</source>
        <translation>La planification exige dans votre rôle l&apos;autorisation Scheduled Task Management: Add</translation>
    </message>
    <message>
        <source>Scheduling needs Export Reports: Add in your role</source>
        <translation>La planification exige dans votre rôle l&apos;autorisation Export Reports: Add</translation>
    </message>
    <message>
        <source>The schedule was not created: %1</source>
        <translation>La planification n&apos;a pas été créée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UsageDesk</source>
        <translation>UsageDesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About UsageDesk</source>
        <translation>À &amp;propos de UsageDesk</translation>
    </message>
    <message>
        <source>Your role does not allow this page.</source>
        <translation>Votre rôle ne donne pas accès à cette page.</translation>
    </message>
    <message>
        <source>Tenants List</source>
        <translation>Liste des clients</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Scheduled Reports</source>
        <translation>Rapports planifiés</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données utilisée</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed-in administrator</source>
        <translation>Administrateur connecté</translation>
    </message>
    <message>
        <source>About UsageDesk</source>
        <translation>À propos de UsageDesk</translation>
    </message>
    <message>
        <source>UsageDesk %1
Usage reports for the tenants of an identity and MFA cloud service.
Database: %2</source>
        <translation>UsageDesk %1
Rapports d&apos;utilisation pour les clients d&apos;un service cloud d&apos;identité et de MFA.
Base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scheduled reports cannot run: %1</source>
        <translation>Les rapports planifiés ne peuvent pas s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scheduled report sent</source>
        <translation>Rapport planifié envoyé</translation>
    </message>
    <message>
        <source>Scheduled report not sent</source>
        <translation>Rapport planifié non envoyé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>A&amp;dministrators</source>
        <translation>A&amp;dministrateurs</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>%1 reports/s</source>
        <translation>%1 rapports/s</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>estimation du temps restant…</translation>
    </message>
    <message>
        <source>less than a second left</source>
        <translation>moins d&apos;une seconde restante</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>environ %1 s restantes</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>environ %1 min restantes</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>environ %1 min %2 s restantes</translation>
    </message>
    <message>
        <source>about %1 h left</source>
        <translation>environ %1 h restantes</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>environ %1 h %2 min restantes</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RenameReportDialog</name>
    <message>
        <source>Rename Report</source>
        <translation>Renommer le rapport</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Only the name changes: the report&apos;s rows and its exports stay as they are.</source>
        <translation>Seul le nom change : les lignes du rapport et ses exports restent tels quels.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>ReportComparePage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the reports</source>
        <translation>Retour aux rapports</translation>
    </message>
    <message>
        <source>Compare reports</source>
        <translation>Comparer des rapports</translation>
    </message>
    <message>
        <source>&amp;Export Comparison…</source>
        <translation>&amp;Exporter la comparaison…</translation>
    </message>
    <message>
        <source>Comparison by tenant</source>
        <translation>Comparaison par client</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <source>Compare &quot;%1&quot; (A) with &quot;%2&quot; (B)</source>
        <translation>Comparer «&#xa0;%1&#xa0;» (A) avec «&#xa0;%2&#xa0;» (B)</translation>
    </message>
    <message>
        <source>A: %1 to %2 · B: %3 to %4 · in both: %5 · only in A: %6 · only in B: %7</source>
        <translation>A&#xa0;: %1 au %2 · B&#xa0;: %3 au %4 · dans les deux&#xa0;: %5 · seulement dans A&#xa0;: %6 · seulement dans B&#xa0;: %7</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>Exporting the comparison…</source>
        <translation>Export de la comparaison…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
</context>
<context>
    <name>ReportViewPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the reports</source>
        <translation>Retour aux rapports</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Lignes du rapport</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 to %3, %4 row(s)</source>
        <translation>
            <numerusform>%1 — du %2 au %3, %4 ligne</numerusform>
            <numerusform>%1 — du %2 au %3, %4 lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Report actions</source>
        <translation>Actions sur les rapports</translation>
    </message>
    <message>
        <source>Running report work</source>
        <translation>Travaux de rapport en cours</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the selected report as a CSV file</source>
        <translation>Enregistrer le rapport sélectionné dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export &amp;Archive…</source>
        <translation>Exporter une &amp;archive…</translation>
    </message>
    <message>
        <source>Save the selected reports in one zip file with a checksum manifest</source>
        <translation>Enregistrer les rapports sélectionnés dans un seul fichier zip avec un manifeste de sommes de contrôle</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare the two selected reports tenant by tenant</source>
        <translation>Comparer les deux rapports sélectionnés client par client</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Generate the report again with the same choices</source>
        <translation>Générer de nouveau le rapport avec les mêmes choix</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the cancelled or failed generation from the list</source>
        <translation>Retirer de la liste la génération annulée ou échouée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export Archive</source>
        <translation>Exporter l&apos;archive</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Generating &quot;%1&quot;</source>
        <translation>Génération de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Exporting &quot;%1&quot; to %2</source>
        <translation>Export de «&#xa0;%1&#xa0;» vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Archiving %n report(s) to %1</source>
        <translation>
            <numerusform>Archivage de %n rapport dans %1</numerusform>
            <numerusform>Archivage de %n rapports dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Your role does not allow deleting reports.</source>
        <translation>Votre rôle ne permet pas de supprimer des rapports.</translation>
    </message>
    <message>
        <source>Delete the report?</source>
        <translation>Supprimer le rapport&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the report &quot;%1&quot;?</source>
        <translation>Supprimer le rapport «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its stored rows are removed for everyone. Files exported from it stay as they are.</source>
        <translation>Ses lignes enregistrées sont supprimées pour tout le monde. Les fichiers déjà exportés restent tels quels.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Deleted the report &quot;%1&quot;.</source>
        <translation>Le rapport «&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Renamed the report to &quot;%1&quot;.</source>
        <translation>Le rapport s’appelle désormais « %1 ».</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Show the selected report&apos;s rows (Enter)</source>
        <translation>Afficher les lignes du rapport sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Erreur dans le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Repeat password error</source>
        <translation>Erreur dans la répétition du mot de passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Set a new password for %1. They sign in with it from now on.</source>
        <translation>Définissez un nouveau mot de passe pour %1. Il servira désormais à la connexion.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>The passwords do not match</source>
        <translation>Les mots de passe ne correspondent pas</translation>
    </message>
</context>
<context>
    <name>RoleEditorPage</name>
    <message>
        <source>Add Role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Erreur dans le nom</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Erreur dans la description</translation>
    </message>
    <message>
        <source>Manage &amp;All Roles</source>
        <translation>Gérer &amp;tous les rôles</translation>
    </message>
    <message>
        <source>Manage All Roles</source>
        <translation>Gérer tous les rôles</translation>
    </message>
    <message>
        <source>Administrators with this role may manage administrators of every role.</source>
        <translation>Les administrateurs ayant ce rôle peuvent gérer les administrateurs de tous les rôles.</translation>
    </message>
    <message>
        <source>Select &amp;Roles to Manage:</source>
        <translation>Choisir les &amp;rôles à gérer&#xa0;:</translation>
    </message>
    <message>
        <source>Select Roles to Manage</source>
        <translation>Choisir les rôles à gérer</translation>
    </message>
    <message>
        <source>Administrator is allowed to &amp;manage these roles:</source>
        <translation>L&apos;administrateur peut &amp;gérer ces rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator is allowed to manage these roles</source>
        <translation>L&apos;administrateur peut gérer ces rôles</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected roles from the list</source>
        <translation>Retirer de la liste les rôles sélectionnés</translation>
    </message>
    <message>
        <source>System Entities</source>
        <translation>Entités du système</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>System Entity</source>
        <translation>Entité du système</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your role does not hold this permission, so you cannot grant it.</source>
        <translation>Votre rôle ne détient pas cette autorisation&#xa0;: vous ne pouvez donc pas l&apos;accorder.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All permissions for %1</source>
        <translation>Toutes les autorisations pour %1</translation>
    </message>
    <message>
        <source>Check every action of %1</source>
        <translation>Cocher toutes les actions de %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Role: %1 (built-in, not editable)</source>
        <translation>Rôle&#xa0;: %1 (intégré, non modifiable)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Your role does not manage all roles, so you cannot grant that.</source>
        <translation>Votre rôle ne gère pas tous les rôles&#xa0;: vous ne pouvez donc pas accorder cela.</translation>
    </message>
    <message>
        <source>(role %1)</source>
        <translation>(rôle %1)</translation>
    </message>
    <message>
        <source>Select a role…</source>
        <translation>Choisir un rôle…</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Roles List</source>
        <translation>Liste des rôles</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>&amp;Add Role</source>
        <translation>&amp;Ajouter un rôle</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>View Role</source>
        <translation>Afficher le rôle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Refresh the roles list</source>
        <translation>Actualiser la liste des rôles</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Built-in roles cannot be edited or deleted; use View to see their permissions.</source>
        <translation>Les rôles intégrés ne peuvent être ni modifiés ni supprimés&#xa0;; utilisez Afficher pour voir leurs autorisations.</translation>
    </message>
    <message>
        <source>Edit the selected role</source>
        <translation>Modifier le rôle sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected role</source>
        <translation>Supprimer le rôle sélectionné</translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;? This cannot be undone.</source>
        <translation>Supprimer le rôle «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; was not deleted: %2</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RowActionsColumnProxy</name>
    <message>
        <source>Actions for this tenant</source>
        <translation>Actions pour ce client</translation>
    </message>
    <message>
        <source>Row actions</source>
        <translation>Actions sur la ligne</translation>
    </message>
</context>
<context>
    <name>SaveFilterDialog</name>
    <message>
        <source>Save Filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>Filter name</source>
        <translation>Nom du filtre</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Erreur dans le nom</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Erreur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>there is no condition to save: apply a filter first</source>
        <translation>il n&apos;y a aucune condition à enregistrer&#xa0;: appliquez d&apos;abord un filtre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Replace Saved Filter</source>
        <translation>Remplacer le filtre enregistré</translation>
    </message>
    <message>
        <source>A saved filter named “%1” already exists:
%2

Replace it with this filter?</source>
        <translation>Un filtre enregistré nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;:
%2

Le remplacer par ce filtre&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>a saved filter named “%1” already exists; choose another name</source>
        <translation>un filtre enregistré nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
</context>
<context>
    <name>SavedFiltersDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Saved Filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>Supprimer le filtre enregistré</translation>
    </message>
    <message>
        <source>Delete the saved filter “%1”? Reports and schedules that use it will no longer find it.</source>
        <translation>Supprimer le filtre enregistré «&#xa0;%1&#xa0;»&#xa0;? Les rapports et planifications qui l&apos;utilisent ne le trouveront plus.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>SavedFiltersMenu</name>
    <message>
        <source>Saved &amp;filters</source>
        <translation>&amp;Filtres enregistrés</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Aucun filtre enregistré</translation>
    </message>
    <message>
        <source>&amp;Manage saved filters…</source>
        <translation>&amp;Gérer les filtres enregistrés…</translation>
    </message>
    <message>
        <source>Saved Filter</source>
        <translation>Filtre enregistré</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Create Scheduled Report</source>
        <translation>Créer un rapport planifié</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule name</source>
        <translation>Nom de la planification</translation>
    </message>
    <message>
        <source>Required, up to 100 characters</source>
        <translation>Obligatoire, jusqu&apos;à 100 caractères</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Erreur dans le nom</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule description</source>
        <translation>Description de la planification</translation>
    </message>
    <message>
        <source>Optional, up to 1,000 characters</source>
        <translation>Facultatif, jusqu&apos;à 1 000 caractères</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Erreur dans la description</translation>
    </message>
    <message>
        <source>Task T&amp;ype:</source>
        <translation>T&amp;ype de tâche&#xa0;:</translation>
    </message>
    <message>
        <source>Task Type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>Sépa&amp;rateur&#xa0;:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>E&amp;xcel compatible (BOM)</source>
        <translation>Compatible E&amp;xcel (BOM)</translation>
    </message>
    <message>
        <source>Excel compatible</source>
        <translation>Compatible Excel</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Tenant ID or filter</source>
        <translation>ID du client ou filtre</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Filtre enregistré</translation>
    </message>
    <message>
        <source>Scope error</source>
        <translation>Erreur dans le périmètre</translation>
    </message>
    <message>
        <source>&amp;Enable the scheduled report</source>
        <translation>&amp;Activer le rapport planifié</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Erreur dans le formulaire</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Usage Report</source>
        <translation>Rapport d&apos;utilisation</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>One tenant (by tenant ID)</source>
        <translation>Un client (par ID du client)</translation>
    </message>
    <message>
        <source>Tenants matching a filter</source>
        <translation>Clients correspondant à un filtre</translation>
    </message>
    <message>
        <source>A saved filter</source>
        <translation>Un filtre enregistré</translation>
    </message>
    <message>
        <source>Edit Scheduled Report</source>
        <translation>Modifier le rapport planifié</translation>
    </message>
    <message>
        <source>Scheduled Report</source>
        <translation>Rapport planifié</translation>
    </message>
    <message>
        <source>Tenant ID, e.g. 00000000-0000-4000-8000-000000000001</source>
        <translation>ID du client, p. ex. 00000000-0000-4000-8000-000000000001</translation>
    </message>
    <message>
        <source>e.g. contract_mode eq TRIAL</source>
        <translation>p. ex. contract_mode eq TRIAL</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ScheduleTimingFields</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>reports@example.com, billing@example.com</source>
        <translation>rapports@example.com, facturation@example.com</translation>
    </message>
    <message>
        <source>Email error</source>
        <translation>Erreur dans l&apos;e-mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>&amp;Recurrence:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>Day of the Week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Day of the &amp;Week:</source>
        <translation>&amp;Jour de la semaine&#xa0;:</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>In shorter months, on the last day</source>
        <translation>Les mois plus courts, le dernier jour</translation>
    </message>
    <message>
        <source>Day of &amp;month:</source>
        <translation>Jour du &amp;mois&#xa0;:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Time zone error</source>
        <translation>Erreur dans le fuseau horaire</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>F&amp;useau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Next five runs</source>
        <translation>Cinq prochaines exécutions</translation>
    </message>
    <message>
        <source>Next five runs:</source>
        <translation>Cinq prochaines exécutions&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2 UTC</source>
        <comment>a run in the schedule&apos;s zone and in UTC</comment>
        <translation>%1 — %2 UTC</translation>
    </message>
    <message>
        <source>(choose a valid time zone to see the runs)</source>
        <translation>(choisissez un fuseau horaire valide pour voir les exécutions)</translation>
    </message>
</context>
<context>
    <name>ScheduledReportsPage</name>
    <message>
        <source>Scheduled Reports</source>
        <translation>Rapports planifiés</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>&amp;New Schedule…</source>
        <translation>&amp;Nouvelle planification…</translation>
    </message>
    <message>
        <source>New Schedule</source>
        <translation>Nouvelle planification</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delivery &amp;Log</source>
        <translation>&amp;Journal des envois</translation>
    </message>
    <message>
        <source>Delivery Log</source>
        <translation>Journal des envois</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>État de la liste</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Rapports planifiés</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n planification</numerusform>
            <numerusform>%n planifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the schedules: %1</source>
        <translation>Impossible de lire les planifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Enable the scheduled report &quot;%1&quot;?</source>
        <translation>Activer le rapport planifié «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Disable the scheduled report &quot;%1&quot;?</source>
        <translation>Désactiver le rapport planifié «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Enable Scheduled Report</source>
        <translation>Activer le rapport planifié</translation>
    </message>
    <message>
        <source>Disable Scheduled Report</source>
        <translation>Désactiver le rapport planifié</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Delete Scheduled Report</source>
        <translation>Supprimer le rapport planifié</translation>
    </message>
    <message>
        <source>Delete the scheduled report &quot;%1&quot;? Its delivery log is deleted with it.</source>
        <translation>Supprimer le rapport planifié «&#xa0;%1&#xa0;»&#xa0;? Son journal des envois est supprimé avec lui.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The SMTP server scheduled reports are sent through.</source>
        <translation>Le serveur SMTP par lequel les rapports planifiés sont envoyés.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>Hôte SMTP</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Host error</source>
        <translation>Erreur dans l&apos;hôte</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>Utilisateur SMTP</translation>
    </message>
    <message>
        <source>Empty: no authentication</source>
        <translation>Vide&#xa0;: pas d&apos;authentification</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Où le mot de passe est conservé</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Adresse d&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adresse d&apos;expéditeur</translation>
    </message>
    <message>
        <source>usagedesk@example.com</source>
        <translation>usagedesk@example.com</translation>
    </message>
    <message>
        <source>From address error</source>
        <translation>Erreur dans l&apos;adresse d&apos;expéditeur</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>&amp;Certificat de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Empreinte du certificat de confiance</translation>
    </message>
    <message>
        <source>Optional: SHA-256 fingerprint of a self-signed server certificate</source>
        <translation>Facultatif&#xa0;: empreinte SHA-256 d&apos;un certificat de serveur auto-signé</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save e-mail settings</source>
        <translation>Enregistrer les paramètres d&apos;e-mail</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail…</source>
        <translation>Envoyer un e-mail de &amp;test…</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>None (plain text; only to this computer)</source>
        <translation>Aucune (texte en clair&#xa0;; uniquement vers cet ordinateur)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Send Test E-mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Send a test e-mail to:</source>
        <translation>Envoyer un e-mail de test à&#xa0;:</translation>
    </message>
    <message>
        <source>The password in use comes from %1.</source>
        <translation>Le mot de passe utilisé provient de %1.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the database.</source>
        <translation>Conservé dans le trousseau du système, jamais dans la base de données.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>From address: %1</source>
        <translation>Adresse d&apos;expéditeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Port&#xa0;: %1</translation>
    </message>
    <message>
        <source>E-mail settings saved.</source>
        <translation>Paramètres d&apos;e-mail enregistrés.</translation>
    </message>
    <message>
        <source>E-mail settings saved; storing the password…</source>
        <translation>Paramètres d&apos;e-mail enregistrés&#xa0;; enregistrement du mot de passe…</translation>
    </message>
    <message>
        <source>E-mail settings saved; the password is in the system keychain.</source>
        <translation>Paramètres d&apos;e-mail enregistrés&#xa0;; le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>E-mail settings saved, but not the password: %1 Sending needs the password in %2 then.</source>
        <translation>Paramètres d&apos;e-mail enregistrés, mais pas le mot de passe&#xa0;: %1 L&apos;envoi exige alors le mot de passe dans %2.</translation>
    </message>
    <message>
        <source>Sending a test e-mail to %1…</source>
        <translation>Envoi d&apos;un e-mail de test à %1…</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Non envoyé à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Envoyé à %1</translation>
    </message>
    <message>
        <source>Sent to %1 (%2)</source>
        <translation>Envoyé à %1 (%2)</translation>
    </message>
    <message>
        <source>The server replied: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
</context>
<context>
    <name>ShortcutHint</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to UsageDesk</source>
        <translation>Se connecter à UsageDesk</translation>
    </message>
    <message>
        <source>Sign in with your administrator account.</source>
        <translation>Connectez-vous avec votre compte administrateur.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <source>Add Tenant</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>ID du &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>Tenant ID error</source>
        <translation>Erreur dans l&apos;ID du client</translation>
    </message>
    <message>
        <source>&amp;Hostname:</source>
        <translation>Nom d&apos;&amp;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>acme.us.example.com</source>
        <translation>acme.us.example.com</translation>
    </message>
    <message>
        <source>Hostname error</source>
        <translation>Erreur dans le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Company name error</source>
        <translation>Erreur dans la raison sociale</translation>
    </message>
    <message>
        <source>Contract &amp;mode:</source>
        <translation>&amp;Type de contrat&#xa0;:</translation>
    </message>
    <message>
        <source>Contract mode</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>C&amp;reated on:</source>
        <translation>Cré&amp;é le&#xa0;:</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Locked</source>
        <translation>&amp;Verrouillé</translation>
    </message>
    <message>
        <source>&amp;Service provider</source>
        <translation>&amp;Fournisseur de services</translation>
    </message>
    <message>
        <source>&amp;Authentication account</source>
        <translation>Compte d&apos;&amp;authentification</translation>
    </message>
    <message>
        <source>&amp;Issuance account</source>
        <translation>Compte d&apos;ém&amp;ission</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Edit Tenant</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Leave empty to generate one</source>
        <translation>Laisser vide pour en générer un</translation>
    </message>
    <message>
        <source>A tenant&apos;s ID never changes.</source>
        <translation>L&apos;ID d&apos;un client ne change jamais.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>TenantUsagePage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the tenants</source>
        <translation>Retour aux clients</translation>
    </message>
    <message>
        <source>Tenant usage</source>
        <translation>Utilisation du client</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>&amp;Daily</source>
        <translation>&amp;Quotidien</translation>
    </message>
    <message>
        <source>Daily figures</source>
        <translation>Chiffres quotidiens</translation>
    </message>
    <message>
        <source>&amp;Monthly</source>
        <translation>&amp;Mensuel</translation>
    </message>
    <message>
        <source>Monthly totals</source>
        <translation>Totaux mensuels</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Period preset</source>
        <translation>Période prédéfinie</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>Premier jour (inclus)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>Dernier jour (inclus)</translation>
    </message>
    <message>
        <source>E&amp;xport table to CSV…</source>
        <translation>E&amp;xporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>Export the table to a CSV file</source>
        <translation>Exporter le tableau dans un fichier CSV</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Usage chart</source>
        <translation>Graphique d&apos;utilisation</translation>
    </message>
    <message>
        <source>Usage figures</source>
        <translation>Chiffres d&apos;utilisation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Users (peak)</source>
        <translation>Utilisateurs (pic)</translation>
    </message>
    <message>
        <source>Voice credits</source>
        <translation>Crédits voix</translation>
    </message>
    <message>
        <source>SMS credits</source>
        <translation>Crédits SMS</translation>
    </message>
    <message>
        <source>Usage of %1 (%2)</source>
        <translation>Utilisation de %1 (%2)</translation>
    </message>
    <message>
        <source>Users (last day)</source>
        <translation>Utilisateurs (dernier jour)</translation>
    </message>
    <message>
        <source>No usage recorded between %1 and %2.</source>
        <translation>Aucune utilisation enregistrée entre le %1 et le %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) with usage between %1 and %2.</source>
        <translation>
            <numerusform>%n mois avec utilisation entre le %1 et le %2.</numerusform>
            <numerusform>%n mois avec utilisation entre le %1 et le %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with usage between %1 and %2.</source>
        <translation>
            <numerusform>%n jour avec utilisation entre le %1 et le %2.</numerusform>
            <numerusform>%n jours avec utilisation entre le %1 et le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Tenant Usage</source>
        <translation>Exporter l&apos;utilisation du client</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Back to the Tenants List</source>
        <translation>Retour à la liste des clients</translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message>
        <source>Tenants List</source>
        <translation>Liste des clients</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>&amp;Filters…</source>
        <translation>&amp;Filtres…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Sa&amp;ved filters</source>
        <translation>Filtres &amp;enregistrés</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Search company or hostname</source>
        <translation>Rechercher une entreprise ou un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Number of tenants</source>
        <translation>Nombre de clients</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Actions for the list</source>
        <translation>Actions sur la liste</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Annuler l&apos;e&amp;xport</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Exporting… %1 tenants written.</source>
        <translation>Export en cours… %1 clients écrits.</translation>
    </message>
    <message>
        <source>&amp;Generate Usage Report…</source>
        <translation>&amp;Générer un rapport d&apos;utilisation…</translation>
    </message>
    <message>
        <source>&amp;Export List to CSV…</source>
        <translation>&amp;Exporter la liste en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Save Filter…</source>
        <translation>En&amp;registrer le filtre…</translation>
    </message>
    <message>
        <source>&amp;Add Tenant…</source>
        <translation>&amp;Ajouter un client…</translation>
    </message>
    <message>
        <source>&amp;Generate Usage Report for the Filtered List…</source>
        <translation>&amp;Générer un rapport d&apos;utilisation pour la liste filtrée…</translation>
    </message>
    <message>
        <source>&amp;Generate Usage Report for All Tenants…</source>
        <translation>&amp;Générer un rapport d&apos;utilisation pour tous les clients…</translation>
    </message>
    <message>
        <source>Apply a filter first, then save it by name.</source>
        <translation>Appliquez d&apos;abord un filtre, puis enregistrez-le sous un nom.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) match</source>
        <translation>
            <numerusform>%Ln client correspond</numerusform>
            <numerusform>%Ln clients correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;View Usage</source>
        <translation>Afficher l&apos;&amp;utilisation</translation>
    </message>
    <message>
        <source>Your role does not include viewing usage data.</source>
        <translation>Votre rôle ne permet pas de consulter les données d&apos;utilisation.</translation>
    </message>
    <message>
        <source>&amp;Edit Tenant…</source>
        <translation>&amp;Modifier le client…</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant…</source>
        <translation>&amp;Supprimer le client…</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Edit Tenant</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Remove Tenant</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Remove the tenant %1 (%2) and all of its usage data? Reports already generated keep their rows.</source>
        <translation>Supprimer le client %1 (%2) et toutes ses données d&apos;utilisation&#xa0;? Les rapports déjà générés conservent leurs lignes.</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Your role does not include generating usage reports (Export Reports: Add).</source>
        <translation>Votre rôle ne permet pas de générer des rapports d&apos;utilisation (Exporter des rapports&#xa0;: Ajouter).</translation>
    </message>
    <message>
        <source>Your role does not include viewing tenants (Tenants: View).</source>
        <translation>Votre rôle ne permet pas de consulter les clients (Clients&#xa0;: Consulter).</translation>
    </message>
    <message>
        <source>Export Tenants List</source>
        <translation>Exporter la liste des clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>there is no administrator &quot;%1&quot;</source>
        <translation>il n&apos;y a pas d&apos;administrateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--role: there is no role named &quot;%1&quot;</source>
        <translation>--role&#xa0;: il n&apos;y a pas de rôle nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>Le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>The role.</source>
        <translation>Le rôle.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>The name shown (default: the user name).</source>
        <translation>Le nom affiché (par défaut&#xa0;: le nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>L&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>admin add: --%1 is required
usage: %2</source>
        <translation>admin add&#xa0;: --%1 est obligatoire
usage&#xa0;: %2</translation>
    </message>
    <message>
        <source>added the administrator %1</source>
        <translation>administrateur %1 ajouté</translation>
    </message>
    <message>
        <source>A new role.</source>
        <translation>Un nouveau rôle.</translation>
    </message>
    <message>
        <source>Enable the account.</source>
        <translation>Activer le compte.</translation>
    </message>
    <message>
        <source>Disable the account.</source>
        <translation>Désactiver le compte.</translation>
    </message>
    <message>
        <source>The name shown.</source>
        <translation>Le nom affiché.</translation>
    </message>
    <message>
        <source>The e-mail address (&quot;&quot; to clear it).</source>
        <translation>L&apos;adresse e-mail (&quot;&quot; pour l&apos;effacer).</translation>
    </message>
    <message>
        <source>Set a new password (from USAGEDESK_NEW_PASSWORD or a prompt).</source>
        <translation>Définir un nouveau mot de passe (depuis USAGEDESK_NEW_PASSWORD ou par une invite).</translation>
    </message>
    <message>
        <source>--enable and --disable exclude each other</source>
        <translation>--enable et --disable s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>admin edit: nothing to change; give the options to change
usage: %1</source>
        <translation>admin edit&#xa0;: rien à modifier&#xa0;; indiquez les options à modifier
usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed the administrator %1</source>
        <translation>administrateur %1 modifié</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>NOM AFFICHÉ</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ACTIVÉ</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>VERROUILLÉ</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>jusqu&apos;au %1 UTC</translation>
    </message>
    <message>
        <source>deleted the administrator %1</source>
        <translation>administrateur %1 supprimé</translation>
    </message>
    <message>
        <source>Add an administrator (password from USAGEDESK_NEW_PASSWORD or a prompt).</source>
        <translation>Ajouter un administrateur (mot de passe depuis USAGEDESK_NEW_PASSWORD ou par une invite).</translation>
    </message>
    <message>
        <source>Change an administrator; the options not given stay as they are.</source>
        <translation>Modifier un administrateur&#xa0;; les options non indiquées restent inchangées.</translation>
    </message>
    <message>
        <source>List the administrators.</source>
        <translation>Lister les administrateurs.</translation>
    </message>
    <message>
        <source>Remove an administrator.</source>
        <translation>Supprimer un administrateur.</translation>
    </message>
    <message>
        <source>Only lines whose actor, action, object or detail contain TEXT (any case).</source>
        <translation>Seulement les lignes dont l&apos;acteur, l&apos;action, l&apos;objet ou le détail contient TEXTE (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>List the audit log, oldest first.</source>
        <translation>Lister le journal d&apos;audit, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>%1: a value is missing</source>
        <translation>%1&#xa0;: une valeur manque</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>--today&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO-8601 instant such as 2026-01-31T08:00:00Z</source>
        <translation>--now&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un instant ISO 8601 tel que 2026-01-31T08:00:00Z</translation>
    </message>
    <message>
        <source>Usage: usagedesk-cli [--db TARGET] [--user NAME] [--today YYYY-MM-DD] [--now ISO-8601] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Usage&#xa0;: usagedesk-cli [--db CIBLE] [--user NOM] [--today AAAA-MM-JJ] [--now ISO-8601] COMMANDE [OPTIONS]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Options for every command:
  --db TARGET    an SQLite file, or postgresql://user@host:port/dbname
                 (default: USAGEDESK_DB, else usagedesk.sqlite in the data folder)
  --user NAME    the administrator acting (default: USAGEDESK_USER)
  --today DATE   treat DATE as today
  --now INSTANT  treat INSTANT as now
  --help, --version

Exit codes: 0 done, 2 bad input, 3 not signed in or not permitted, 4 not found,
5 database or file error, 6 delivery failed, 130 interrupted.
</source>
        <translation>
Options communes à toutes les commandes&#xa0;:
  --db CIBLE     un fichier SQLite, ou postgresql://user@host:port/dbname
                 (par défaut&#xa0;: USAGEDESK_DB, sinon usagedesk.sqlite dans le dossier de données)
  --user NOM     l&apos;administrateur qui agit (par défaut&#xa0;: USAGEDESK_USER)
  --today DATE   considérer DATE comme aujourd&apos;hui
  --now INSTANT  considérer INSTANT comme maintenant
  --help, --version

Codes de sortie&#xa0;: 0 terminé, 2 saisie invalide, 3 non connecté ou non autorisé,
4 introuvable, 5 erreur de base de données ou de fichier, 6 échec de l&apos;envoi,
130 interrompu.
</translation>
    </message>
    <message>
        <source>Output form: table (default), csv or json.</source>
        <translation>Forme de sortie&#xa0;: table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; expected table, csv or json</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un format&#xa0;; attendu&#xa0;: table, csv ou json</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: an argument is missing
usage: %2</source>
        <translation>%1&#xa0;: un argument manque
usage&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;
usage: %3</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;»
usage&#xa0;: %3</translation>
    </message>
    <message>
        <source>usage: %1
%2</source>
        <translation>usage&#xa0;: %1
%2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see usagedesk-cli --help</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir usagedesk-cli --help</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTRE</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>CRÉÉ PAR</translation>
    </message>
    <message>
        <source>UPDATED AT</source>
        <translation>MODIFIÉ LE</translation>
    </message>
    <message>
        <source>The filter to save (filters.md).</source>
        <translation>Le filtre à enregistrer (filters.md).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>Replace the saved filter of the same name, if there is one.</source>
        <translation>Remplacer le filtre enregistré du même nom, s&apos;il existe.</translation>
    </message>
    <message>
        <source>--filter is required: the filter to save</source>
        <translation>--filter est obligatoire&#xa0;: le filtre à enregistrer</translation>
    </message>
    <message>
        <source>saved the filter %1: %2</source>
        <translation>filtre %1 enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>deleted the saved filter %1</source>
        <translation>filtre enregistré %1 supprimé</translation>
    </message>
    <message>
        <source>List the saved tenant filters, by name.</source>
        <translation>Lister les filtres de clients enregistrés, par nom.</translation>
    </message>
    <message>
        <source>Save a tenant filter under a name (an existing name only with --replace).</source>
        <translation>Enregistrer un filtre de clients sous un nom (un nom existant seulement avec --replace).</translation>
    </message>
    <message>
        <source>Delete a saved tenant filter.</source>
        <translation>Supprimer un filtre de clients enregistré.</translation>
    </message>
    <message>
        <source>Skip columns the import does not know instead of failing.</source>
        <translation>Ignorer les colonnes que l&apos;import ne connaît pas au lieu d&apos;échouer.</translation>
    </message>
    <message>
        <source>imported %1 tenants (%2 new, %3 updated) from %4</source>
        <translation>%1 clients importés (%2 nouveaux, %3 mis à jour) depuis %4</translation>
    </message>
    <message>
        <source>imported %1 usage rows from %2</source>
        <translation>%1 lignes d&apos;utilisation importées depuis %2</translation>
    </message>
    <message>
        <source>Add or update tenants from CSV files (all or nothing).</source>
        <translation>Ajouter ou mettre à jour des clients depuis des fichiers CSV (tout ou rien).</translation>
    </message>
    <message>
        <source>Add or replace daily usage from CSV files (all or nothing); the tenants must exist.</source>
        <translation>Ajouter ou remplacer l&apos;utilisation quotidienne depuis des fichiers CSV (tout ou rien)&#xa0;; les clients doivent exister.</translation>
    </message>
    <message>
        <source>First Super Administrator.</source>
        <translation>Premier super-administrateur.</translation>
    </message>
    <message>
        <source>Their e-mail address.</source>
        <translation>Son adresse e-mail.</translation>
    </message>
    <message>
        <source>created the Super Administrator %1</source>
        <translation>super-administrateur %1 créé</translation>
    </message>
    <message>
        <source>note: the database already has administrators; %1 was not created (add administrators with &quot;admin add&quot;)</source>
        <translation>remarque&#xa0;: la base de données a déjà des administrateurs&#xa0;; %1 n&apos;a pas été créé (ajoutez des administrateurs avec «&#xa0;admin add&#xa0;»)</translation>
    </message>
    <message>
        <source>note: no administrator yet; create the first one with &quot;init --admin NAME&quot;</source>
        <translation>remarque&#xa0;: aucun administrateur pour l&apos;instant&#xa0;; créez le premier avec «&#xa0;init --admin NOM&#xa0;»</translation>
    </message>
    <message>
        <source>database %1 is at schema version %2</source>
        <translation>la base de données %1 est à la version de schéma %2</translation>
    </message>
    <message>
        <source>Create the database or upgrade its schema; on an empty one, create the first Super Administrator (password from USAGEDESK_NEW_PASSWORD or a prompt).</source>
        <translation>Créer la base de données ou mettre à niveau son schéma&#xa0;; dans une base vide, créer le premier super-administrateur (mot de passe depuis USAGEDESK_NEW_PASSWORD ou par une invite).</translation>
    </message>
    <message>
        <source>The report&apos;s name.</source>
        <translation>Le nom du rapport.</translation>
    </message>
    <message>
        <source>The report&apos;s description.</source>
        <translation>La description du rapport.</translation>
    </message>
    <message>
        <source>all, tenant:&lt;uuid&gt;, filter:&lt;expression&gt; or saved:&lt;name&gt;.</source>
        <translation>all, tenant:&lt;uuid&gt;, filter:&lt;expression&gt; ou saved:&lt;nom&gt;.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PÉRIMÈTRE</translation>
    </message>
    <message>
        <source>current-month, last-month, last-3-months, last-12-months, year-to-date or custom:YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>current-month, last-month, last-3-months, last-12-months, year-to-date ou custom:AAAA-MM-JJ..AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>comma (default), pipe, semicolon or tab.</source>
        <translation>comma (par défaut), pipe, semicolon ou tab.</translation>
    </message>
    <message>
        <source>DELIMITER</source>
        <translation>SÉPARATEUR</translation>
    </message>
    <message>
        <source>Also write the CSV to FILE.</source>
        <translation>Écrire aussi le CSV dans FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Start the CSV with a byte-order mark.</source>
        <translation>Commencer le CSV par une marque d&apos;ordre des octets.</translation>
    </message>
    <message>
        <source>Do not guard text starting with = + - @.</source>
        <translation>Ne pas protéger le texte commençant par = + - @.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--out: the file name is empty</source>
        <translation>--out&#xa0;: le nom de fichier est vide</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de rapport</translation>
    </message>
    <message>
        <source>--out is required: the CSV file to write</source>
        <translation>--out est obligatoire&#xa0;: le fichier CSV à écrire</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>CREATED AT</source>
        <translation>CRÉÉ LE</translation>
    </message>
    <message>
        <source>deleted report %1</source>
        <translation>rapport %1 supprimé</translation>
    </message>
    <message>
        <source>Generate a usage report and print its id (with --out, also write its CSV).</source>
        <translation>Générer un rapport d&apos;utilisation et afficher son ID (avec --out, écrire aussi son CSV).</translation>
    </message>
    <message>
        <source>Write a stored usage report as CSV.</source>
        <translation>Écrire un rapport d&apos;utilisation enregistré en CSV.</translation>
    </message>
    <message>
        <source>List the stored usage reports, newest first.</source>
        <translation>Lister les rapports d&apos;utilisation enregistrés, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Delete a stored usage report.</source>
        <translation>Supprimer un rapport d&apos;utilisation enregistré.</translation>
    </message>
    <message>
        <source>The role&apos;s name (1-100 characters).</source>
        <translation>Le nom du rôle (1 à 100 caractères).</translation>
    </message>
    <message>
        <source>What the role is for.</source>
        <translation>La raison d&apos;être du rôle.</translation>
    </message>
    <message>
        <source>Holders may manage administrators of every role.</source>
        <translation>Les titulaires peuvent gérer les administrateurs de tous les rôles.</translation>
    </message>
    <message>
        <source>Roles whose administrators holders may manage (comma-separated, repeatable; &quot;&quot; for none).</source>
        <translation>Rôles dont les titulaires peuvent gérer les administrateurs (séparés par des virgules, répétable&#xa0;; &quot;&quot; pour aucun).</translation>
    </message>
    <message>
        <source>ROLE[,ROLE...]</source>
        <translation>RÔLE[,RÔLE...]</translation>
    </message>
    <message>
        <source>A grant, entity:action[,action...] or entity:all (repeatable; further entity:actions words are grants too).</source>
        <translation>Une autorisation, entity:action[,action...] ou entity:all (répétable&#xa0;; les autres mots entity:actions sont aussi des autorisations).</translation>
    </message>
    <message>
        <source>ENTITY:ACTIONS</source>
        <translation>ENTITÉ:ACTIONS</translation>
    </message>
    <message>
        <source>--manage-all and --manage exclude each other</source>
        <translation>--manage-all et --manage s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--manage: there is no role named &quot;%1&quot;</source>
        <translation>--manage&#xa0;: il n&apos;y a pas de rôle nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>role add: --name is required
usage: %1</source>
        <translation>role add&#xa0;: --name est obligatoire
usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>role add: at least one --grant is required
usage: %1</source>
        <translation>role add&#xa0;: au moins un --grant est obligatoire
usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>added the role %1</source>
        <translation>rôle %1 ajouté</translation>
    </message>
    <message>
        <source>role edit: nothing to change; give the options to change
usage: %1</source>
        <translation>role edit&#xa0;: rien à modifier&#xa0;; indiquez les options à modifier
usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no role named &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de rôle nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>changed the role %1</source>
        <translation>rôle %1 modifié</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>BUILT-IN</source>
        <translation>INTÉGRÉ</translation>
    </message>
    <message>
        <source>ADMINISTRATORS</source>
        <translation>ADMINISTRATEURS</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>description&#xa0;: %1</translation>
    </message>
    <message>
        <source>built-in: %1</source>
        <translation>intégré&#xa0;: %1</translation>
    </message>
    <message>
        <source>administrators: %1</source>
        <translation>administrateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>manage all roles: %1</source>
        <translation>gérer tous les rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>manages:</source>
        <translation>gère&#xa0;:</translation>
    </message>
    <message>
        <source>grants:</source>
        <translation>autorisations&#xa0;:</translation>
    </message>
    <message>
        <source>deleted the role %1</source>
        <translation>rôle %1 supprimé</translation>
    </message>
    <message>
        <source>Add a custom role. Without --manage-all or --manage its holders manage no roles.</source>
        <translation>Ajouter un rôle personnalisé. Sans --manage-all ni --manage, ses titulaires ne gèrent aucun rôle.</translation>
    </message>
    <message>
        <source>Change a custom role: the options given replace the role&apos;s values (--grant replaces the whole grant set), the others stay.</source>
        <translation>Modifier un rôle personnalisé&#xa0;: les options indiquées remplacent les valeurs du rôle (--grant remplace toutes les autorisations), les autres restent.</translation>
    </message>
    <message>
        <source>List the roles.</source>
        <translation>Lister les rôles.</translation>
    </message>
    <message>
        <source>Show a role: its fields, managed roles and grants.</source>
        <translation>Afficher un rôle&#xa0;: ses champs, les rôles qu&apos;il gère et ses autorisations.</translation>
    </message>
    <message>
        <source>Delete a custom role that no administrator holds.</source>
        <translation>Supprimer un rôle personnalisé qu&apos;aucun administrateur ne détient.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de planification</translation>
    </message>
    <message>
        <source>The schedule&apos;s name.</source>
        <translation>Le nom de la planification.</translation>
    </message>
    <message>
        <source>The schedule&apos;s description.</source>
        <translation>La description de la planification.</translation>
    </message>
    <message>
        <source>Recipients, separated by commas (repeatable).</source>
        <translation>Destinataires, séparés par des virgules (répétable).</translation>
    </message>
    <message>
        <source>The task: usage-report (the default).</source>
        <translation>La tâche&#xa0;: usage-report (par défaut).</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>daily, weekly or monthly.</source>
        <translation>daily, weekly ou monthly.</translation>
    </message>
    <message>
        <source>RECURRENCE</source>
        <translation>RÉCURRENCE</translation>
    </message>
    <message>
        <source>The day of a weekly schedule: MON..SUN.</source>
        <translation>Le jour d&apos;une planification hebdomadaire&#xa0;: MON..SUN.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>JOUR</translation>
    </message>
    <message>
        <source>The day of a monthly schedule: 1..31 (a shorter month runs on its last day).</source>
        <translation>Le jour d&apos;une planification mensuelle&#xa0;: 1..31 (un mois plus court l&apos;exécute son dernier jour).</translation>
    </message>
    <message>
        <source>The time of day, HH:MM, in the schedule&apos;s zone.</source>
        <translation>L&apos;heure, HH:MM, dans le fuseau horaire de la planification.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>An IANA time zone (default: this computer&apos;s).</source>
        <translation>Un fuseau horaire IANA (par défaut&#xa0;: celui de cet ordinateur).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
    <message>
        <source>No byte-order mark (edit).</source>
        <translation>Pas de marque d&apos;ordre des octets (modification).</translation>
    </message>
    <message>
        <source>Save the schedule disabled.</source>
        <translation>Enregistrer la planification désactivée.</translation>
    </message>
    <message>
        <source>Enable the schedule (edit).</source>
        <translation>Activer la planification (modification).</translation>
    </message>
    <message>
        <source>--task: &quot;%1&quot; is not a task; expected usage-report</source>
        <translation>--task&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une tâche&#xa0;; attendu&#xa0;: usage-report</translation>
    </message>
    <message>
        <source>--day: only a weekly schedule has a day of the week</source>
        <translation>--day&#xa0;: seule une planification hebdomadaire a un jour de la semaine</translation>
    </message>
    <message>
        <source>--day-of-month: only a monthly schedule has a day of the month</source>
        <translation>--day-of-month&#xa0;: seule une planification mensuelle a un jour du mois</translation>
    </message>
    <message>
        <source>--day is required for a weekly schedule (MON..SUN)</source>
        <translation>--day est obligatoire pour une planification hebdomadaire (MON..SUN)</translation>
    </message>
    <message>
        <source>--day-of-month is required for a monthly schedule (1..31)</source>
        <translation>--day-of-month est obligatoire pour une planification mensuelle (1..31)</translation>
    </message>
    <message>
        <source>--scope: the scope is empty</source>
        <translation>--scope&#xa0;: le périmètre est vide</translation>
    </message>
    <message>
        <source>--bom and --no-bom cannot be given together</source>
        <translation>--bom et --no-bom ne peuvent pas être indiqués ensemble</translation>
    </message>
    <message>
        <source>--enabled and --disabled cannot be given together</source>
        <translation>--enabled et --disabled ne peuvent pas être indiqués ensemble</translation>
    </message>
    <message>
        <source>changed schedule %1</source>
        <translation>planification %1 modifiée</translation>
    </message>
    <message>
        <source>enabled schedule %1</source>
        <translation>planification %1 activée</translation>
    </message>
    <message>
        <source>disabled schedule %1</source>
        <translation>planification %1 désactivée</translation>
    </message>
    <message>
        <source>deleted schedule %1</source>
        <translation>planification %1 supprimée</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>DESTINATAIRES</translation>
    </message>
    <message>
        <source>NEXT RUN (UTC)</source>
        <translation>PROCHAINE EXÉCUTION (UTC)</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>DERNIÈRE EXÉCUTION</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>Runs strictly after this instant (default: now).</source>
        <translation>Exécutions strictement après cet instant (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>ISO-8601</source>
        <translation>ISO-8601</translation>
    </message>
    <message>
        <source>How many runs (default 1).</source>
        <translation>Nombre d&apos;exécutions (par défaut 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--after: &quot;%1&quot; is not an ISO-8601 instant such as 2026-01-31T08:00:00Z</source>
        <translation>--after&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un instant ISO 8601 tel que 2026-01-31T08:00:00Z</translation>
    </message>
    <message>
        <source>--count: &quot;%1&quot; is not a number from 1 to %2</source>
        <translation>--count&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à %2</translation>
    </message>
    <message>
        <source>schedule %1 has no next run (its time zone is unknown here)</source>
        <translation>la planification %1 n&apos;a pas de prochaine exécution (son fuseau horaire est inconnu ici)</translation>
    </message>
    <message>
        <source>Schedule a usage report and print the schedule&apos;s id.</source>
        <translation>Planifier un rapport d&apos;utilisation et afficher l&apos;ID de la planification.</translation>
    </message>
    <message>
        <source>Change a schedule.</source>
        <translation>Modifier une planification.</translation>
    </message>
    <message>
        <source>Enable a schedule (the runs it skipped are not replayed).</source>
        <translation>Activer une planification (les exécutions sautées ne sont pas rattrapées).</translation>
    </message>
    <message>
        <source>Disable a schedule: it runs no more until enabled.</source>
        <translation>Désactiver une planification&#xa0;: elle ne s&apos;exécute plus jusqu&apos;à sa réactivation.</translation>
    </message>
    <message>
        <source>Delete a schedule.</source>
        <translation>Supprimer une planification.</translation>
    </message>
    <message>
        <source>List the schedules with their next and last runs.</source>
        <translation>Lister les planifications avec leurs prochaines et dernières exécutions.</translation>
    </message>
    <message>
        <source>Print the next N run instants (UTC) strictly after the given one (default: now).</source>
        <translation>Afficher les N prochains instants d&apos;exécution (UTC) strictement après celui indiqué (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number between %L3 and %L4</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier entre %L3 et %L4</translation>
    </message>
    <message>
        <source>Number of tenants.</source>
        <translation>Nombre de clients.</translation>
    </message>
    <message>
        <source>Days of usage per tenant.</source>
        <translation>Jours d&apos;utilisation par client.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Seed of the random numbers (default 1).</source>
        <translation>Graine des nombres aléatoires (par défaut 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>Dernier jour (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--%1 is missing
usage: %2</source>
        <translation>--%1 manque
usage&#xa0;: %2</translation>
    </message>
    <message>
        <source>--end: &quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>--end&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--end: the period would start before any valid date</source>
        <translation>--end&#xa0;: la période commencerait avant toute date valide</translation>
    </message>
    <message>
        <source>seeded %1 tenants and %2 usage rows (seed %3, %4..%5)</source>
        <translation>%1 clients et %2 lignes d&apos;utilisation générés (graine %3, %4..%5)</translation>
    </message>
    <message>
        <source>Fill the database with realistic demo tenants and daily usage; the same arguments give the same data.</source>
        <translation>Remplir la base de données avec des clients de démonstration réalistes et leur utilisation quotidienne&#xa0;; les mêmes arguments donnent les mêmes données.</translation>
    </message>
    <message>
        <source>Only tenants matching EXPR (filters.md).</source>
        <translation>Seulement les clients qui correspondent à EXPR (filters.md).</translation>
    </message>
    <message>
        <source>Only tenants matching the saved filter NAME (instead of --filter).</source>
        <translation>Seulement les clients qui correspondent au filtre enregistré NOM (au lieu de --filter).</translation>
    </message>
    <message>
        <source>--filter and --saved-filter exclude each other</source>
        <translation>--filter et --saved-filter s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>List the tenants (all, or those matching a filter), ordered by hostname.</source>
        <translation>Lister les clients (tous, ou ceux qui correspondent à un filtre), triés par nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>schedule %1 run %2: %3</source>
        <translation>planification %1, exécution %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>interrupted: the runs not finished will be taken by the next run-due</source>
        <translation>interrompu&#xa0;: les exécutions non terminées seront reprises par le prochain run-due</translation>
    </message>
    <message>
        <source>Deliver every due run of the scheduled reports, then exit.</source>
        <translation>Livrer toutes les exécutions dues des rapports planifiés, puis quitter.</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name.</source>
        <translation>Le nom d&apos;hôte du serveur SMTP.</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s port (1-65535).</source>
        <translation>Le port du serveur SMTP (1-65535).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>none, starttls or tls.</source>
        <translation>none, starttls ou tls.</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SÉCURITÉ</translation>
    </message>
    <message>
        <source>The SMTP user name (password from USAGEDESK_SMTP_PASSWORD); none: no AUTH.</source>
        <translation>Le nom d&apos;utilisateur SMTP (mot de passe dans USAGEDESK_SMTP_PASSWORD)&#xa0;; absent&#xa0;: pas d&apos;AUTH.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>The From address of the messages.</source>
        <translation>L&apos;adresse d&apos;expéditeur des messages.</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number from 1 to 65535</source>
        <translation>--port&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de port de 1 à 65535</translation>
    </message>
    <message>
        <source>--security: &quot;%1&quot; is not a security mode; expected none, starttls or tls</source>
        <translation>--security&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un mode de sécurité&#xa0;; attendu&#xa0;: none, starttls ou tls</translation>
    </message>
    <message>
        <source>SMTP server set: %1:%2 (%3)</source>
        <translation>Serveur SMTP défini&#xa0;: %1:%2 (%3)</translation>
    </message>
    <message>
        <source>No password given: set %1, or store the password in the Settings page, before the first delivery.</source>
        <translation>Aucun mot de passe fourni&#xa0;: définissez %1, ou enregistrez le mot de passe dans la page Paramètres, avant le premier envoi.</translation>
    </message>
    <message>
        <source>No keychain is available here: the password will be read from %1 each time a message is sent.</source>
        <translation>Aucun trousseau disponible ici&#xa0;: le mot de passe sera lu dans %1 à chaque envoi de message.</translation>
    </message>
    <message>
        <source>Password stored in the keychain.</source>
        <translation>Mot de passe enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Where to send the test message.</source>
        <translation>Où envoyer le message de test.</translation>
    </message>
    <message>
        <source>--to is required</source>
        <translation>--to est obligatoire</translation>
    </message>
    <message>
        <source>test message sent to %1</source>
        <translation>message de test envoyé à %1</translation>
    </message>
    <message>
        <source>the test message was not delivered: %1</source>
        <translation>le message de test n&apos;a pas été remis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set the SMTP server scheduled reports are sent through (password from USAGEDESK_SMTP_PASSWORD).</source>
        <translation>Définir le serveur SMTP par lequel les rapports planifiés sont envoyés (mot de passe dans USAGEDESK_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>Send a test message through the SMTP server.</source>
        <translation>Envoyer un message de test par le serveur SMTP.</translation>
    </message>
    <message>
        <source>Reporting time zone: %1</source>
        <translation>Fuseau horaire des rapports&#xa0;: %1</translation>
    </message>
    <message>
        <source>SMTP server: not set</source>
        <translation>Serveur SMTP&#xa0;: non configuré</translation>
    </message>
    <message>
        <source>SMTP server: %1:%2 (%3), from %4</source>
        <translation>Serveur SMTP&#xa0;: %1:%2 (%3), expéditeur %4</translation>
    </message>
    <message>
        <source>The reporting time zone, an IANA id (UTC, Europe/Berlin, ...): the calendar report periods and &quot;today&quot; follow.</source>
        <translation>Le fuseau horaire des rapports, un identifiant IANA (UTC, Europe/Berlin, ...)&#xa0;: les périodes de rapport et «&#xa0;aujourd&apos;hui&#xa0;» suivent son calendrier.</translation>
    </message>
    <message>
        <source>--reporting-tz is required</source>
        <translation>--reporting-tz est obligatoire</translation>
    </message>
    <message>
        <source>Reporting time zone set: %1</source>
        <translation>Fuseau horaire des rapports défini&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the reporting time zone and the SMTP server.</source>
        <translation>Afficher le fuseau horaire des rapports et le serveur SMTP.</translation>
    </message>
    <message>
        <source>Set the reporting time zone (an IANA id; UTC unless changed).</source>
        <translation>Définir le fuseau horaire des rapports (un identifiant IANA&#xa0;; UTC sauf modification).</translation>
    </message>
</context>
<context>
    <name>cli::CliContext</name>
    <message>
        <source>there is no database at %1; create it with &quot;usagedesk-cli init&quot;</source>
        <translation>il n&apos;y a pas de base de données à %1&#xa0;; créez-la avec «&#xa0;usagedesk-cli init&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not a UsageDesk database (no schema); create one with &quot;usagedesk-cli init&quot;</source>
        <translation>%1 n&apos;est pas une base de données UsageDesk (aucun schéma)&#xa0;; créez-en une avec «&#xa0;usagedesk-cli init&#xa0;»</translation>
    </message>
    <message>
        <source>not signed in: give the administrator with --user NAME or USAGEDESK_USER</source>
        <translation>non connecté&#xa0;: indiquez l&apos;administrateur avec --user NOM ou USAGEDESK_USER</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>not signed in: no password (set USAGEDESK_PASSWORD, or run in a terminal)</source>
        <translation>non connecté&#xa0;: aucun mot de passe (définissez USAGEDESK_PASSWORD ou lancez dans un terminal)</translation>
    </message>
</context>
<context>
    <name>cli::PasswordPrompt</name>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>password: set USAGEDESK_NEW_PASSWORD, or run in a terminal to be asked</source>
        <translation>mot de passe&#xa0;: définissez USAGEDESK_NEW_PASSWORD, ou lancez dans un terminal pour qu&apos;il soit demandé</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Répétez le nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>password: the two entries differ</source>
        <translation>mot de passe&#xa0;: les deux saisies diffèrent</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage reports for your tenants.</source>
        <translation>Rapports d&apos;utilisation pour vos clients.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname.</source>
        <translation>Fichier SQLite ou postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>UsageDesk</source>
        <translation>UsageDesk</translation>
    </message>
    <message>
        <source>Sign in as NAME without the dialog; the password is read from USAGEDESK_PASSWORD and checked as if typed (for benchmarks and scripts).</source>
        <translation>Se connecter en tant que NOM sans la boîte de dialogue&#xa0;; le mot de passe est lu dans USAGEDESK_PASSWORD et vérifié comme s&apos;il était saisi (pour les mesures de performance et les scripts).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Quit once the Tenants page shows its first rows (for benchmarks).</source>
        <translation>Quitter dès que la page Clients affiche ses premières lignes (pour les mesures de performance).</translation>
    </message>
    <message>
        <source>--sign-in-user: not signed in: USAGEDESK_PASSWORD is not set</source>
        <translation>--sign-in-user&#xa0;: non connecté&#xa0;: USAGEDESK_PASSWORD n&apos;est pas défini</translation>
    </message>
</context>
<context>
    <name>ud</name>
    <message>
        <source>%1: a name is required</source>
        <translation>%1&#xa0;: un nom est obligatoire</translation>
    </message>
    <message>
        <source>%1: at most 100 characters are allowed (%2 given)</source>
        <translation>%1&#xa0;: 100 caractères au maximum sont autorisés (%2 saisis)</translation>
    </message>
    <message>
        <source>%1: control character %2 at position %3 is not allowed</source>
        <translation>%1&#xa0;: le caractère de contrôle %2 à la position %3 n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>%1: at most 1,000 characters are allowed (%2 given)</source>
        <translation>%1&#xa0;: 1 000 caractères au maximum sont autorisés (%2 saisis)</translation>
    </message>
    <message>
        <source>%1: an e-mail address is required</source>
        <translation>%1&#xa0;: une adresse e-mail est obligatoire</translation>
    </message>
    <message>
        <source>%1: an e-mail address has at most 254 characters</source>
        <translation>%1&#xa0;: une adresse e-mail compte au plus 254 caractères</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address of the form name@example.com</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail de la forme nom@example.com</translation>
    </message>
    <message>
        <source>malformed value for %1: control characters (such as TAB or a line break) are not allowed</source>
        <translation>valeur mal formée pour %1&#xa0;: les caractères de contrôle (comme TAB ou un saut de ligne) ne sont pas autorisés</translation>
    </message>
    <message>
        <source>malformed value &quot;%1&quot; for %2; expected one of PRODUCTION, TRIAL, UNKNOWN</source>
        <translation>valeur mal formée «&#xa0;%1&#xa0;» pour %2&#xa0;; attendu&#xa0;: PRODUCTION, TRIAL ou UNKNOWN</translation>
    </message>
    <message>
        <source>malformed value &quot;%1&quot; for %2; expected true or false</source>
        <translation>valeur mal formée «&#xa0;%1&#xa0;» pour %2&#xa0;; attendu&#xa0;: true ou false</translation>
    </message>
    <message>
        <source>malformed value &quot;%1&quot; for %2; expected a date YYYY-MM-DD</source>
        <translation>valeur mal formée «&#xa0;%1&#xa0;» pour %2&#xa0;; attendu&#xa0;: une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1: invisible text direction mark %2 at position %3 is not allowed</source>
        <translation>%1&#xa0;: la marque invisible de sens du texte %2 à la position %3 n&apos;est pas autorisée</translation>
    </message>
</context>
<context>
    <name>ud::AccessGate</name>
    <message>
        <source>not permitted: %1</source>
        <translation>non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>%1 is for Super Administrators only (your role: %2)</source>
        <translation>%1 est réservé aux super-administrateurs (votre rôle&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 needs %2, which your role %3 does not grant</source>
        <translation>%1 exige %2, que votre rôle %3 n&apos;accorde pas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>ud::AdministrationService</name>
    <message>
        <source>grants: %1; manage all roles: %2</source>
        <translation>autorisations&#xa0;: %1&#xa0;; gérer tous les rôles&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no role named &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de rôle nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no administrator &quot;%1&quot;</source>
        <translation>il n&apos;y a pas d&apos;administrateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>name: a role named &quot;%1&quot; already exists</source>
        <translation>nom&#xa0;: un rôle nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>roles to manage: role %1 does not exist</source>
        <translation>rôles à gérer&#xa0;: le rôle %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>you cannot grant %1, which your own role does not hold</source>
        <translation>vous ne pouvez pas accorder %1, que votre propre rôle ne détient pas</translation>
    </message>
    <message>
        <source>you cannot grant Manage All Roles, which your own role does not hold</source>
        <translation>vous ne pouvez pas accorder «&#xa0;Gérer tous les rôles&#xa0;», que votre propre rôle ne détient pas</translation>
    </message>
    <message>
        <source>you cannot let a role manage a role you do not manage</source>
        <translation>vous ne pouvez pas faire gérer par un rôle un rôle que vous ne gérez pas</translation>
    </message>
    <message>
        <source>the role no longer exists</source>
        <translation>le rôle n&apos;existe plus</translation>
    </message>
    <message>
        <source>the built-in role %1 cannot be changed</source>
        <translation>le rôle intégré %1 ne peut pas être modifié</translation>
    </message>
    <message>
        <source>nobody changes their own role: you hold %1</source>
        <translation>personne ne modifie son propre rôle&#xa0;: vous détenez %1</translation>
    </message>
    <message>
        <source>the built-in role %1 cannot be removed</source>
        <translation>le rôle intégré %1 ne peut pas être supprimé</translation>
    </message>
    <message numerus="yes">
        <source>role %1 is still assigned to %n administrator(s)</source>
        <translation>
            <numerusform>le rôle %1 est encore attribué à %n administrateur</numerusform>
            <numerusform>le rôle %1 est encore attribué à %n administrateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>the administrator no longer exists</source>
        <translation>l&apos;administrateur n&apos;existe plus</translation>
    </message>
    <message>
        <source>your role does not manage administrators with the role %1</source>
        <translation>votre rôle ne gère pas les administrateurs ayant le rôle %1</translation>
    </message>
    <message>
        <source>the role %1 of %2 grants more than your own role</source>
        <translation>le rôle %1 de %2 accorde plus que votre propre rôle</translation>
    </message>
    <message>
        <source>%1 is the last enabled Super Administrator</source>
        <translation>%1 est le dernier super-administrateur activé</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nom affiché</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>role: the role does not exist</source>
        <translation>rôle&#xa0;: le rôle n&apos;existe pas</translation>
    </message>
    <message>
        <source>you may not assign the role %1</source>
        <translation>vous ne pouvez pas attribuer le rôle %1</translation>
    </message>
    <message>
        <source>user name: an administrator &quot;%1&quot; already exists</source>
        <translation>nom d&apos;utilisateur&#xa0;: un administrateur «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>role: %1; enabled: %2</source>
        <translation>rôle&#xa0;: %1&#xa0;; activé&#xa0;: %2</translation>
    </message>
    <message>
        <source>nobody changes their own role</source>
        <translation>personne ne modifie son propre rôle</translation>
    </message>
    <message>
        <source>you may not assign that role</source>
        <translation>vous ne pouvez pas attribuer ce rôle</translation>
    </message>
    <message>
        <source>%1 was given another role meanwhile; try again</source>
        <translation>%1 a reçu un autre rôle entre-temps&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>you cannot remove your own account</source>
        <translation>vous ne pouvez pas supprimer votre propre compte</translation>
    </message>
</context>
<context>
    <name>ud::AdministratorStore</name>
    <message>
        <source>cannot read administrators</source>
        <translation>impossible de lire les administrateurs</translation>
    </message>
    <message>
        <source>cannot add administrator %1</source>
        <translation>impossible d&apos;ajouter l&apos;administrateur %1</translation>
    </message>
    <message>
        <source>cannot change administrator %1</source>
        <translation>impossible de modifier l&apos;administrateur %1</translation>
    </message>
    <message>
        <source>cannot remove the administrator</source>
        <translation>impossible de supprimer l&apos;administrateur</translation>
    </message>
    <message>
        <source>cannot record the sign-in</source>
        <translation>impossible d&apos;enregistrer la connexion</translation>
    </message>
    <message>
        <source>cannot change the password</source>
        <translation>impossible de modifier le mot de passe</translation>
    </message>
</context>
<context>
    <name>ud::AppSettingsStore</name>
    <message>
        <source>--reporting-tz: the time zone is missing (an IANA id such as UTC or Europe/Berlin)</source>
        <translation>--reporting-tz&#xa0;: le fuseau horaire manque (un identifiant IANA comme UTC ou Europe/Berlin)</translation>
    </message>
    <message>
        <source>--reporting-tz: &quot;%1&quot; is not a known time zone (an IANA id such as UTC or Europe/Berlin)</source>
        <translation>--reporting-tz&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu (un identifiant IANA comme UTC ou Europe/Berlin)</translation>
    </message>
    <message>
        <source>reading the reporting time zone</source>
        <translation>lecture du fuseau horaire des rapports</translation>
    </message>
    <message>
        <source>saving the reporting time zone</source>
        <translation>enregistrement du fuseau horaire des rapports</translation>
    </message>
</context>
<context>
    <name>ud::AuditCsv</name>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;export a été annulé</translation>
    </message>
</context>
<context>
    <name>ud::AuditLog</name>
    <message>
        <source>cannot write the audit log</source>
        <translation>impossible d&apos;écrire le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>ud::AuditLogWriter</name>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>impossible d&apos;écrire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ud::AuditQuery</name>
    <message>
        <source>cannot read the audit log</source>
        <translation>impossible de lire le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>ud::Connection</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot set up the SQLite database %1</source>
        <translation>impossible de configurer la base de données SQLite %1</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database</source>
        <translation>%1 n&apos;est pas une base de données SQLite lisible</translation>
    </message>
    <message>
        <source>the Qt SQL driver for %1 is not installed</source>
        <translation>le pilote SQL de Qt pour %1 n&apos;est pas installé</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot set up the PostgreSQL session</source>
        <translation>impossible de configurer la session PostgreSQL</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 n&apos;est pas un fichier de base de données</translation>
    </message>
</context>
<context>
    <name>ud::CsvReader</name>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>a quoted value starting on line %1 is longer than 16 MB: its closing quote is probably missing</source>
        <translation>une valeur entre guillemets commençant à la ligne %1 dépasse 16 Mo&#xa0;: son guillemet fermant manque probablement</translation>
    </message>
    <message>
        <source>unbalanced quote: the quoted value starting on line %1 is never closed</source>
        <translation>guillemet non apparié&#xa0;: la valeur entre guillemets commençant à la ligne %1 n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a value (a quote inside a quoted value is written twice: &quot;&quot;)</source>
        <translation>texte inattendu après le guillemet fermant d&apos;une valeur (un guillemet à l&apos;intérieur d&apos;une valeur entre guillemets s&apos;écrit deux fois&#xa0;: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted value (quote the whole value, and write a quote inside it twice: &quot;&quot;)</source>
        <translation>un guillemet dans une valeur sans guillemets (mettez toute la valeur entre guillemets et doublez chaque guillemet qu&apos;elle contient&#xa0;: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a line is longer than 16 MB</source>
        <translation>une ligne dépasse 16 Mo</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (save the file as UTF-8)</source>
        <translation>la ligne n&apos;est pas un texte UTF-8 valide (enregistrez le fichier en UTF-8)</translation>
    </message>
</context>
<context>
    <name>ud::CsvWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ud::DatabasePasswordStore</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>The keychain refused access to the database password: %1</source>
        <translation>Le trousseau a refusé l&apos;accès au mot de passe de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>No keychain is available to hold the database password (%1). Use PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Aucun trousseau n&apos;est disponible pour conserver le mot de passe de la base de données (%1). Utilisez plutôt PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>Aucun mot de passe n&apos;est enregistré dans le trousseau pour %1.</translation>
    </message>
</context>
<context>
    <name>ud::DatabaseProbe</name>
    <message>
        <source>%1 does not exist and cannot be created: the folder %2 is not writable</source>
        <translation>%1 n&apos;existe pas et ne peut pas être créé&#xa0;: le dossier %2 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation>%1 ne peut pas être lu (accès refusé)</translation>
    </message>
    <message>
        <source>Connected: schema version %1 (up to date).</source>
        <translation>Connecté&#xa0;: version de schéma %1 (à jour).</translation>
    </message>
    <message>
        <source>Connected: schema version %1; it will be upgraded to version %2.</source>
        <translation>Connecté&#xa0;: version de schéma %1&#xa0;; elle sera mise à niveau vers la version %2.</translation>
    </message>
    <message>
        <source>Connected: the database is empty; switching sets it up and asks for the first Super Administrator.</source>
        <translation>Connecté&#xa0;: la base de données est vide&#xa0;; le changement la prépare et demande le premier super administrateur.</translation>
    </message>
    <message>
        <source>The file does not exist yet; switching creates it and asks for the first Super Administrator.</source>
        <translation>Le fichier n&apos;existe pas encore&#xa0;; le changement le crée et demande le premier super administrateur.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this version of UsageDesk knows (%3)</source>
        <translation>%1 a la version de schéma %2, plus récente que celle que connaît cette version d’UsageDesk (%3)</translation>
    </message>
</context>
<context>
    <name>ud::DatabaseProbeJob</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>aucune réponse de %1 en %2 s</translation>
    </message>
</context>
<context>
    <name>ud::DatabaseTarget</name>
    <message>
        <source>--db: &quot;%1&quot; is not a valid PostgreSQL URL; expected postgresql://user@host:port/dbname</source>
        <translation>--db&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une URL PostgreSQL valide&#xa0;; attendu&#xa0;: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>--db: the port in &quot;%1&quot; is out of range</source>
        <translation>--db&#xa0;: le port dans «&#xa0;%1&#xa0;» est hors limites</translation>
    </message>
    <message>
        <source>--db: &quot;%1&quot; names more than one database</source>
        <translation>--db&#xa0;: «&#xa0;%1&#xa0;» désigne plus d&apos;une base de données</translation>
    </message>
    <message>
        <source>--db: unknown connection option &quot;%1&quot;</source>
        <translation>--db&#xa0;: option de connexion inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--db: the database target is empty</source>
        <translation>--db&#xa0;: la cible de base de données est vide</translation>
    </message>
</context>
<context>
    <name>ud::DeliveryLog</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative prévue</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown (may have been delivered)</source>
        <translation>Inconnu (peut-être remis)</translation>
    </message>
    <message>
        <source>reading the runs of schedule %1</source>
        <translation>lecture des exécutions de la planification %1</translation>
    </message>
    <message>
        <source>reading the delivery attempts of schedule %1</source>
        <translation>lecture des tentatives d&apos;envoi de la planification %1</translation>
    </message>
</context>
<context>
    <name>ud::DemoSeeder</name>
    <message>
        <source>cannot read the tenants</source>
        <translation>impossible de lire les clients</translation>
    </message>
    <message>
        <source>seeding was cancelled; the database is unchanged</source>
        <translation>la génération des données de démonstration a été annulée&#xa0;; la base de données est inchangée</translation>
    </message>
    <message>
        <source>--tenants: the number of tenants must be between 1 and %L1</source>
        <translation>--tenants&#xa0;: le nombre de clients doit être compris entre 1 et %L1</translation>
    </message>
    <message>
        <source>--days: the number of days must be between 1 and %L1</source>
        <translation>--days&#xa0;: le nombre de jours doit être compris entre 1 et %L1</translation>
    </message>
    <message>
        <source>--end: not a valid date</source>
        <translation>--end&#xa0;: date non valide</translation>
    </message>
</context>
<context>
    <name>ud::GrantSet</name>
    <message>
        <source>--grant: &quot;%1&quot; is not of the form entity:action[,action...]</source>
        <translation>--grant&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas de la forme entity:action[,action...]</translation>
    </message>
    <message>
        <source>--grant: unknown entity &quot;%1&quot;; expected one of %2</source>
        <translation>--grant&#xa0;: entité inconnue «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: l&apos;une de %2</translation>
    </message>
    <message>
        <source>--grant: &quot;%1&quot; is not an action of %2; expected one of %3</source>
        <translation>--grant&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une action de %2&#xa0;; attendu&#xa0;: l&apos;une de %3</translation>
    </message>
</context>
<context>
    <name>ud::ImportColumns</name>
    <message>
        <source>the column appears more than once in the header</source>
        <translation>la colonne apparaît plusieurs fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>(empty name)</source>
        <translation>(nom vide)</translation>
    </message>
    <message>
        <source>unknown column (the known ones are: %1)</source>
        <translation>colonne inconnue (les colonnes connues sont&#xa0;: %1)</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>une colonne obligatoire manque dans l&apos;en-tête</translation>
    </message>
</context>
<context>
    <name>ud::ImportProblems</name>
    <message>
        <source>... and more errors not shown (only the first %1 bad rows are listed)</source>
        <translation>... et d&apos;autres erreurs non affichées (seules les %1 premières lignes erronées sont listées)</translation>
    </message>
    <message>
        <source>import failed: nothing was written</source>
        <translation>échec de l&apos;import&#xa0;: rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>ud::Importer</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>import cancelled: nothing was written</source>
        <translation>import annulé&#xa0;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the file is empty; a header line is expected</source>
        <translation>le fichier est vide&#xa0;; une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <source>the row has %1 fields, but the header has %2</source>
        <translation>la ligne a %1 champs, mais l&apos;en-tête en a %2</translation>
    </message>
</context>
<context>
    <name>ud::MailMessage</name>
    <message>
        <source>The e-mail field &quot;%1&quot; contains a line break or control character.</source>
        <translation>Le champ d&apos;e-mail «&#xa0;%1&#xa0;» contient un saut de ligne ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>An e-mail attachment has no file name.</source>
        <translation>Une pièce jointe de l&apos;e-mail n&apos;a pas de nom de fichier.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>L&apos;adresse d&apos;expéditeur «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The e-mail has no recipient.</source>
        <translation>L&apos;e-mail n&apos;a aucun destinataire.</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>L&apos;adresse de destinataire «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not of the form &lt;id@domain&gt;.</source>
        <translation>Le Message-ID «&#xa0;%1&#xa0;» n&apos;est pas de la forme &lt;id@domaine&gt;.</translation>
    </message>
    <message>
        <source>The e-mail has no date.</source>
        <translation>L&apos;e-mail n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>The MIME boundary occurs in the content.</source>
        <translation>La limite MIME apparaît dans le contenu.</translation>
    </message>
</context>
<context>
    <name>ud::Migrator</name>
    <message>
        <source>cannot read the schema of %1</source>
        <translation>impossible de lire le schéma de %1</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>impossible de lire la version du schéma</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed</source>
        <translation>échec de la migration vers la version de schéma %1</translation>
    </message>
    <message>
        <source>cannot lock the schema for migration</source>
        <translation>impossible de verrouiller le schéma pour la migration</translation>
    </message>
    <message>
        <source>cannot create the schema version table</source>
        <translation>impossible de créer la table de version du schéma</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this UsageDesk knows (%3); use a newer UsageDesk</source>
        <translation>la base de données %1 est à la version de schéma %2, plus récente que celle que connaît cet UsageDesk (%3)&#xa0;; utilisez un UsageDesk plus récent</translation>
    </message>
    <message>
        <source>cannot record schema version %1</source>
        <translation>impossible d&apos;enregistrer la version de schéma %1</translation>
    </message>
    <message>
        <source>cannot check the references of %1</source>
        <translation>impossible de vérifier les références de %1</translation>
    </message>
    <message>
        <source>schema version %1 was not applied to %2, nothing was changed: rows refer to rows that do not exist (%3). PRAGMA foreign_key_check lists them; correct or remove them and start again</source>
        <translation>la version de schéma %1 n&apos;a pas été appliquée à %2, rien n&apos;a été modifié : des lignes font référence à des lignes qui n&apos;existent pas (%3). PRAGMA foreign_key_check les liste ; corrigez-les ou supprimez-les, puis recommencez</translation>
    </message>
    <message>
        <source>cannot turn off the foreign keys of %1 to migrate it</source>
        <translation>impossible de désactiver les clés étrangères de %1 pour le migrer</translation>
    </message>
</context>
<context>
    <name>ud::Parser</name>
    <message>
        <source>a word or a &quot;quoted text&quot;</source>
        <translation>un mot ou un &quot;texte entre guillemets&quot;</translation>
    </message>
    <message>
        <source>one of PRODUCTION, TRIAL, UNKNOWN</source>
        <translation>l&apos;un de PRODUCTION, TRIAL, UNKNOWN</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>expected &quot;and&quot; or the end of the filter, found &quot;%1&quot;</source>
        <translation>&quot;and&quot; ou la fin du filtre attendu, «&#xa0;%1&#xa0;» trouvé</translation>
    </message>
    <message>
        <source>&quot;and&quot; at the end; expected a condition after it</source>
        <translation>&quot;and&quot; à la fin&#xa0;; une condition est attendue après lui</translation>
    </message>
    <message>
        <source>&quot;and&quot; without a condition before it; expected an attribute, one of %1</source>
        <translation>&quot;and&quot; sans condition avant lui&#xa0;; attendu&#xa0;: un attribut, l&apos;un de %1</translation>
    </message>
    <message>
        <source>duplicate &quot;and&quot;; expected an attribute, one of %1</source>
        <translation>&quot;and&quot; en double&#xa0;; attendu&#xa0;: un attribut, l&apos;un de %1</translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot;; expected one of %2</source>
        <translation>attribut inconnu «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: l&apos;un de %2</translation>
    </message>
    <message>
        <source>missing operator after &quot;%1&quot;; expected one of %2</source>
        <translation>opérateur manquant après «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: l&apos;un de %2</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; expected one of %2</source>
        <translation>opérateur inconnu «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: l&apos;un de %2</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to %2; expected one of %3</source>
        <translation>l&apos;opérateur «&#xa0;%1&#xa0;» ne s&apos;applique pas à %2&#xa0;; attendu&#xa0;: l&apos;un de %3</translation>
    </message>
    <message>
        <source>missing value after &quot;%1&quot;; expected %2</source>
        <translation>valeur manquante après «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>missing value before &quot;and&quot;; expected %1 (write &quot;and&quot; in quotes to look for the word)</source>
        <translation>valeur manquante avant &quot;and&quot;&#xa0;; attendu&#xa0;: %1 (écrivez &quot;and&quot; entre guillemets pour rechercher ce mot)</translation>
    </message>
    <message>
        <source>unterminated quoted value; expected a closing &quot;</source>
        <translation>valeur entre guillemets non terminée&#xa0;; un &quot; fermant est attendu</translation>
    </message>
    <message>
        <source>invalid escape &quot;\%1&quot; in a quoted value; only \&quot; and \\ are allowed (write \\ for a backslash)</source>
        <translation>séquence d&apos;échappement &quot;\%1&quot; invalide dans une valeur entre guillemets&#xa0;; seuls \&quot; et \\ sont autorisés (écrivez \\ pour une barre oblique inverse)</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the quoted value; expected a space, &quot;and&quot; or the end of the filter</source>
        <translation>«&#xa0;%1&#xa0;» inattendu après la valeur entre guillemets&#xa0;; attendu&#xa0;: une espace, &quot;and&quot; ou la fin du filtre</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>position %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ud::PasswordHasher</name>
    <message numerus="yes">
        <source>password: at least %n characters are required</source>
        <translation>
            <numerusform>mot de passe&#xa0;: au moins %n caractère est obligatoire</numerusform>
            <numerusform>mot de passe&#xa0;: au moins %n caractères sont obligatoires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::Permission</name>
    <message>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Usage Data</source>
        <translation>Données d&apos;utilisation</translation>
    </message>
    <message>
        <source>Export Reports</source>
        <translation>Exporter des rapports</translation>
    </message>
    <message>
        <source>Scheduled Task Management</source>
        <translation>Gestion des tâches planifiées</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ud::ReportArchive</name>
    <message>
        <source>cannot write the archive %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;archive %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the archive %1 was cancelled; nothing was written</source>
        <translation>l&apos;archive %1 a été annulée&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot add %1 (zip error %2)</source>
        <translation>impossible d&apos;ajouter %1 (erreur zip %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot finish %1 (zip error %2)</source>
        <translation>impossible de terminer %1 (erreur zip %2)</translation>
    </message>
    <message>
        <source>no file name was given for the archive</source>
        <translation>aucun nom de fichier n&apos;a été indiqué pour l&apos;archive</translation>
    </message>
    <message>
        <source>there are no reports to put in the archive</source>
        <translation>il n&apos;y a aucun rapport à mettre dans l&apos;archive</translation>
    </message>
    <message>
        <source>the archive entry %1 has no content</source>
        <translation>l&apos;entrée d&apos;archive %1 n&apos;a pas de contenu</translation>
    </message>
    <message>
        <source>cannot start the zip (error %1)</source>
        <translation>impossible de commencer le zip (erreur %1)</translation>
    </message>
    <message>
        <source>cannot finish the zip (error %1)</source>
        <translation>impossible de terminer le zip (erreur %1)</translation>
    </message>
</context>
<context>
    <name>ud::ReportArchiveHashingDevice</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ud::ReportCalculator</name>
    <message>
        <source>the report was cancelled</source>
        <translation>le rapport a été annulé</translation>
    </message>
    <message>
        <source>cannot count the tenants of the report</source>
        <translation>impossible de compter les clients du rapport</translation>
    </message>
    <message>
        <source>cannot read the tenant</source>
        <translation>impossible de lire le client</translation>
    </message>
    <message>
        <source>the report&apos;s period is not valid</source>
        <translation>la période du rapport n&apos;est pas valide</translation>
    </message>
    <message>
        <source>cannot compute the report</source>
        <translation>impossible de calculer le rapport</translation>
    </message>
    <message>
        <source>cannot compute the report: a sum for %1 exceeds 64 bits</source>
        <translation>impossible de calculer le rapport&#xa0;: une somme pour %1 dépasse 64 bits</translation>
    </message>
</context>
<context>
    <name>ud::ReportCatalog</name>
    <message>
        <source>there is no report %1</source>
        <translation>il n&apos;y a pas de rapport %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>ud::ReportComparison</name>
    <message>
        <source>one tenant</source>
        <translation>un client</translation>
    </message>
    <message>
        <source>all tenants</source>
        <translation>tous les clients</translation>
    </message>
    <message>
        <source>the tenants of a filter</source>
        <translation>les clients d&apos;un filtre</translation>
    </message>
    <message>
        <source>cannot read report %1</source>
        <translation>impossible de lire le rapport %1</translation>
    </message>
    <message>
        <source>there is no report with id %1</source>
        <translation>il n&apos;y a pas de rapport avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>report %1 (&quot;%2&quot;) covers %3 but report %4 (&quot;%5&quot;) covers %6: only reports of the same kind of scope can be compared</source>
        <translation>le rapport %1 («&#xa0;%2&#xa0;») couvre %3 mais le rapport %4 («&#xa0;%5&#xa0;») couvre %6&#xa0;: seuls des rapports de même type de périmètre peuvent être comparés</translation>
    </message>
    <message>
        <source>cannot compare reports %1 and %2</source>
        <translation>impossible de comparer les rapports %1 et %2</translation>
    </message>
    <message>
        <source>the comparison was cancelled</source>
        <translation>la comparaison a été annulée</translation>
    </message>
</context>
<context>
    <name>ud::ReportComparisonModel</name>
    <message>
        <source>In both</source>
        <translation>Dans les deux</translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation>Seulement dans A</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Seulement dans B</translation>
    </message>
    <message>
        <source>Users (peak)</source>
        <translation>Utilisateurs (pic)</translation>
    </message>
    <message>
        <source>Users (end)</source>
        <translation>Utilisateurs (fin)</translation>
    </message>
    <message>
        <source>Voice credits</source>
        <translation>Crédits voix</translation>
    </message>
    <message>
        <source>SMS credits</source>
        <translation>Crédits SMS</translation>
    </message>
    <message>
        <source>Authentications</source>
        <translation>Authentifications</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>In reports</source>
        <translation>Dans les rapports</translation>
    </message>
    <message>
        <source>%1 (A)</source>
        <translation>%1 (A)</translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation>%1 (B)</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>%1 écart</translation>
    </message>
    <message>
        <source>%1 change %</source>
        <translation>%1 écart %</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A&#xa0;: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B&#xa0;: %1</translation>
    </message>
    <message>
        <source>B minus A</source>
        <translation>B moins A</translation>
    </message>
    <message>
        <source>(B minus A) divided by A, in percent, rounded to one decimal; n/a when A is 0</source>
        <translation>(B moins A) divisé par A, en pourcentage, arrondi à une décimale&#xa0;; n.d. quand A vaut 0</translation>
    </message>
</context>
<context>
    <name>ud::ReportExporter</name>
    <message>
        <source>there is no report %1</source>
        <translation>il n&apos;y a pas de rapport %1</translation>
    </message>
    <message>
        <source>report %1 has an unknown delimiter &quot;%2&quot;</source>
        <translation>le rapport %1 a un séparateur inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;export a été annulé</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ud::ReportGenerator</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>delimiter &quot;%1&quot; is not known; expected comma, pipe, semicolon or tab</source>
        <translation>le séparateur «&#xa0;%1&#xa0;» est inconnu&#xa0;; attendu&#xa0;: comma, pipe, semicolon ou tab</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>there is no tenant %1</source>
        <translation>il n&apos;y a pas de client %1</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>le rapport a été annulé</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>seuls %1 octets sur %2 ont pu être écrits (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot write the report&apos;s CSV: %1</source>
        <translation>impossible d&apos;écrire le CSV du rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ud::ReportJob</name>
    <message>
        <source>The report was cancelled; nothing was stored.</source>
        <translation>Le rapport a été annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Archive of %n report(s) written to %1.</source>
        <translation>
            <numerusform>Archive de %n rapport écrite dans %1.</numerusform>
            <numerusform>Archive de %n rapports écrite dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report &quot;%1&quot; is ready: %2 row(s).</source>
        <translation>
            <numerusform>le rapport «&#xa0;%1&#xa0;» est prêt&#xa0;: %2 ligne.</numerusform>
            <numerusform>le rapport «&#xa0;%1&#xa0;» est prêt&#xa0;: %2 lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ReportListModel</name>
    <message>
        <source>All tenants</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved filter: %1</source>
        <translation>Filtre enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Generating %1%</source>
        <translation>Génération&#xa0;: %1 %</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ud::ReportPeriod</name>
    <message>
        <source>Current month</source>
        <translation>Mois en cours</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Année en cours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>period: today&apos;s date is not valid</source>
        <translation>période&#xa0;: la date du jour n&apos;est pas valide</translation>
    </message>
    <message>
        <source>period: the start and the end must be real dates</source>
        <translation>période&#xa0;: le début et la fin doivent être des dates réelles</translation>
    </message>
    <message>
        <source>period &quot;custom:%1&quot;: the start %2 is after the end %3</source>
        <translation>période «&#xa0;custom:%1&#xa0;»&#xa0;: le début %2 est après la fin %3</translation>
    </message>
    <message>
        <source>period &quot;custom:%1&quot;: the end %2 is after today (%3)</source>
        <translation>période «&#xa0;custom:%1&#xa0;»&#xa0;: la fin %2 est après aujourd&apos;hui (%3)</translation>
    </message>
    <message>
        <source>period &quot;%1&quot;: expected custom:YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>période «&#xa0;%1&#xa0;»&#xa0;: attendu&#xa0;: custom:AAAA-MM-JJ..AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>period &quot;%1&quot;: the start &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>période «&#xa0;%1&#xa0;»&#xa0;: le début «&#xa0;%2&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>period &quot;%1&quot;: the end &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>période «&#xa0;%1&#xa0;»&#xa0;: la fin «&#xa0;%2&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is not known; expected current-month, last-month, last-3-months, last-12-months, year-to-date or custom:YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>période «&#xa0;%1&#xa0;» inconnue&#xa0;; attendu&#xa0;: current-month, last-month, last-3-months, last-12-months, year-to-date ou custom:AAAA-MM-JJ..AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>period preset and its dates</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of the periods</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the periods</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period&apos;s first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ud::ReportRowsModel</name>
    <message>
        <source>Tenant ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Contract mode</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Users (peak)</source>
        <translation>Utilisateurs (pic)</translation>
    </message>
    <message>
        <source>Users (end)</source>
        <translation>Utilisateurs (fin)</translation>
    </message>
    <message>
        <source>Voice credits</source>
        <translation>Crédits voix</translation>
    </message>
    <message>
        <source>SMS credits</source>
        <translation>Crédits SMS</translation>
    </message>
    <message>
        <source>Authentications</source>
        <translation>Authentifications</translation>
    </message>
</context>
<context>
    <name>ud::ReportRowsQuery</name>
    <message>
        <source>your role does not allow viewing reports</source>
        <translation>votre rôle ne permet pas de consulter les rapports</translation>
    </message>
    <message>
        <source>a page holds 1 to %1 rows, not %2</source>
        <translation>une page contient de 1 à %1 lignes, pas %2</translation>
    </message>
    <message>
        <source>there is no row position %1</source>
        <translation>il n&apos;y a pas de position de ligne %1</translation>
    </message>
</context>
<context>
    <name>ud::ReportScope</name>
    <message>
        <source>scope &quot;%1&quot;: &quot;%2&quot; is not a tenant id (a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e)</source>
        <translation>périmètre «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un ID de client (un UUID tel que 0f8fad5b-d9cb-469f-a165-70867728950e)</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;: filter %2</source>
        <translation>périmètre «&#xa0;%1&#xa0;»&#xa0;: filtre %2</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;: saved filters cannot be used here</source>
        <translation>périmètre «&#xa0;%1&#xa0;»&#xa0;: les filtres enregistrés ne peuvent pas être utilisés ici</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot; is not known; expected all, tenant:&lt;uuid&gt;, filter:&lt;expression&gt; or saved:&lt;name&gt;</source>
        <translation>périmètre «&#xa0;%1&#xa0;» inconnu&#xa0;; attendu&#xa0;: all, tenant:&lt;uuid&gt;, filter:&lt;expression&gt; ou saved:&lt;nom&gt;</translation>
    </message>
    <message>
        <source>No tenant: %1 does not exist</source>
        <translation>Aucun client&#xa0;: %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>1 tenant: %1</source>
        <translation>1 client&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %1 tenants</source>
        <translation>
            <numerusform>%1 client au total</numerusform>
            <numerusform>Tous les %1 clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tenants matching the filter</source>
        <translation>
            <numerusform>%1 client correspondant au filtre</numerusform>
            <numerusform>%1 clients correspondant au filtre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ReportStore</name>
    <message>
        <source>cannot store the report</source>
        <translation>impossible d&apos;enregistrer le rapport</translation>
    </message>
    <message>
        <source>cannot store the report&apos;s rows: %1</source>
        <translation>impossible d&apos;enregistrer les lignes du rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot store the report&apos;s rows</source>
        <translation>impossible d&apos;enregistrer les lignes du rapport</translation>
    </message>
    <message>
        <source>cannot store the report: %1 rows computed, %2 stored</source>
        <translation>impossible d&apos;enregistrer le rapport&#xa0;: %1 lignes calculées, %2 enregistrées</translation>
    </message>
    <message>
        <source>cannot list the reports</source>
        <translation>impossible de lister les rapports</translation>
    </message>
    <message>
        <source>cannot read the report</source>
        <translation>impossible de lire le rapport</translation>
    </message>
    <message>
        <source>cannot read the report&apos;s rows</source>
        <translation>impossible de lire les lignes du rapport</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;export a été annulé</translation>
    </message>
    <message>
        <source>cannot delete the report</source>
        <translation>impossible de supprimer le rapport</translation>
    </message>
    <message>
        <source>cannot rename the report</source>
        <translation>impossible de renommer le rapport</translation>
    </message>
</context>
<context>
    <name>ud::RoleStore</name>
    <message>
        <source>cannot read roles</source>
        <translation>impossible de lire les rôles</translation>
    </message>
    <message>
        <source>cannot read role grants</source>
        <translation>impossible de lire les autorisations des rôles</translation>
    </message>
    <message>
        <source>cannot read managed roles</source>
        <translation>impossible de lire les rôles gérés</translation>
    </message>
    <message>
        <source>cannot store the grants of role %1</source>
        <translation>impossible d&apos;enregistrer les autorisations du rôle %1</translation>
    </message>
    <message>
        <source>cannot store the managed roles of role %1</source>
        <translation>impossible d&apos;enregistrer les rôles gérés par le rôle %1</translation>
    </message>
    <message>
        <source>cannot add role %1</source>
        <translation>impossible d&apos;ajouter le rôle %1</translation>
    </message>
    <message>
        <source>cannot change role %1</source>
        <translation>impossible de modifier le rôle %1</translation>
    </message>
    <message>
        <source>cannot remove the role</source>
        <translation>impossible de supprimer le rôle</translation>
    </message>
</context>
<context>
    <name>ud::SaveFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ud::SavedFilterStore</name>
    <message>
        <source>there is no saved filter named &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de filtre enregistré nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an empty filter cannot be saved: it has no condition and selects every tenant</source>
        <translation>un filtre vide ne peut pas être enregistré&#xa0;: il n&apos;a aucune condition et sélectionne tous les clients</translation>
    </message>
    <message>
        <source>cannot read saved filters</source>
        <translation>impossible de lire les filtres enregistrés</translation>
    </message>
    <message>
        <source>the saved filter &quot;%1&quot; does not read as a filter: %2</source>
        <translation>le filtre enregistré «&#xa0;%1&#xa0;» ne se lit pas comme un filtre&#xa0;: %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>a saved filter named &quot;%1&quot; already exists; choose another name or replace it</source>
        <translation>un filtre enregistré nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom ou remplacez-le</translation>
    </message>
    <message>
        <source>cannot replace the saved filter %1</source>
        <translation>impossible de remplacer le filtre enregistré %1</translation>
    </message>
    <message>
        <source>cannot save the filter %1</source>
        <translation>impossible d&apos;enregistrer le filtre %1</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>nouveau nom</translation>
    </message>
    <message>
        <source>a saved filter named &quot;%1&quot; already exists; choose another name</source>
        <translation>un filtre enregistré nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>cannot rename the saved filter %1</source>
        <translation>impossible de renommer le filtre enregistré %1</translation>
    </message>
    <message>
        <source>new name: %1</source>
        <translation>nouveau nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot delete the saved filter %1</source>
        <translation>impossible de supprimer le filtre enregistré %1</translation>
    </message>
</context>
<context>
    <name>ud::ScheduleRules</name>
    <message>
        <source>%1: &quot;%2&quot; is not a recurrence; expected daily, weekly or monthly</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une récurrence&#xa0;; attendu&#xa0;: daily, weekly ou monthly</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day of the week; expected MON, TUE, WED, THU, FRI, SAT or SUN</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un jour de la semaine&#xa0;; attendu&#xa0;: MON, TUE, WED, THU, FRI, SAT ou SUN</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day of the month; expected 1 to 31 (in a shorter month the report runs on its last day)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un jour du mois&#xa0;; attendu&#xa0;: 1 à 31 (dans un mois plus court, le rapport s&apos;exécute le dernier jour)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day; expected HH:MM from 00:00 to 23:59</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une heure&#xa0;; attendu&#xa0;: HH:MM de 00:00 à 23:59</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone this computer knows; expected an IANA name such as Europe/Berlin</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un fuseau horaire connu de cet ordinateur&#xa0;; attendu&#xa0;: un nom IANA tel que Europe/Paris</translation>
    </message>
    <message>
        <source>%1: %2 is given more than once</source>
        <translation>%1&#xa0;: %2 est indiqué plusieurs fois</translation>
    </message>
    <message>
        <source>%1: at least one e-mail address is required</source>
        <translation>%1&#xa0;: au moins une adresse e-mail est obligatoire</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not known; expected comma, pipe, semicolon or tab</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est inconnu&#xa0;; attendu&#xa0;: comma, pipe, semicolon ou tab</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>hebdomadaire le %1</translation>
    </message>
    <message>
        <source>monthly on day %1</source>
        <translation>mensuelle le jour %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>task type: &quot;%1&quot; is not known; expected usage-report</source>
        <translation>type de tâche&#xa0;: «&#xa0;%1&#xa0;» est inconnu&#xa0;; attendu&#xa0;: usage-report</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>day of week: a weekly schedule needs a day from MON to SUN</source>
        <translation>jour de la semaine&#xa0;: une planification hebdomadaire exige un jour de MON à SUN</translation>
    </message>
    <message>
        <source>day of week: only a weekly schedule has a day of the week</source>
        <translation>jour de la semaine&#xa0;: seule une planification hebdomadaire a un jour de la semaine</translation>
    </message>
    <message>
        <source>day of month: a monthly schedule needs a day from 1 to 31</source>
        <translation>jour du mois&#xa0;: une planification mensuelle exige un jour de 1 à 31</translation>
    </message>
    <message>
        <source>day of month: only a monthly schedule has a day of the month</source>
        <translation>jour du mois&#xa0;: seule une planification mensuelle a un jour du mois</translation>
    </message>
    <message>
        <source>time of day: HH:MM from 00:00 to 23:59 is required</source>
        <translation>heure&#xa0;: HH:MM de 00:00 à 23:59 est obligatoire</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>scope: %1</source>
        <translation>périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: a time zone is required; expected an IANA name such as Europe/Berlin</source>
        <translation>%1&#xa0;: un fuseau horaire est requis&#xa0;; attendu&#xa0;: un nom IANA tel que Europe/Paris</translation>
    </message>
</context>
<context>
    <name>ud::ScheduleRunner</name>
    <message>
        <source>cannot read schedules</source>
        <translation>impossible de lire les planifications</translation>
    </message>
    <message>
        <source>cannot read the runs to retry</source>
        <translation>impossible de lire les exécutions à réessayer</translation>
    </message>
    <message>
        <source>cannot read the runs of the schedules</source>
        <translation>impossible de lire les exécutions des planifications</translation>
    </message>
    <message>
        <source>cannot claim a run of schedule %1</source>
        <translation>impossible de prendre en charge une exécution de la planification %1</translation>
    </message>
    <message>
        <source>could not claim a run: other instances keep taking them</source>
        <translation>impossible de prendre en charge une exécution&#xa0;: d&apos;autres instances les prennent sans cesse</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>cannot read a run of schedule %1</source>
        <translation>impossible de lire une exécution de la planification %1</translation>
    </message>
    <message>
        <source>report %1 no longer exists</source>
        <translation>le rapport %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>Scheduled usage report

Schedule: %1
Period: %2
Scheduled for: %3
Tenants (rows): %4

Totals
  Users (peak): %5
  Users (end of period): %6
  Voice credits: %7
  SMS credits: %8
  Authentications: %9

</source>
        <translation>Rapport d&apos;utilisation planifié

Planification&#xa0;: %1
Période&#xa0;: %2
Prévu pour&#xa0;: %3
Clients (lignes)&#xa0;: %4

Totaux
  Utilisateurs (pic)&#xa0;: %5
  Utilisateurs (fin de période)&#xa0;: %6
  Crédits voix&#xa0;: %7
  Crédits SMS&#xa0;: %8
  Authentifications&#xa0;: %9

</translation>
    </message>
    <message>
        <source>Generated at: %1 (report %2)
</source>
        <translation>Généré le&#xa0;: %1 (rapport %2)
</translation>
    </message>
    <message>
        <source>Usage report: %1 (%2)</source>
        <translation>Rapport d&apos;utilisation&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>the schedule was deleted</source>
        <translation>la planification a été supprimée</translation>
    </message>
    <message>
        <source>cannot record a delivery attempt</source>
        <translation>impossible d&apos;enregistrer une tentative d&apos;envoi</translation>
    </message>
    <message>
        <source>cannot record the state of a run</source>
        <translation>impossible d&apos;enregistrer l&apos;état d&apos;une exécution</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %1 attempt(s) in 24 hours: %2</source>
        <translation>
            <numerusform>abandon après %1 tentative en 24 heures&#xa0;: %2</numerusform>
            <numerusform>abandon après %1 tentatives en 24 heures&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; will be retried</source>
        <translation>interrompu&#xa0;; sera réessayé</translation>
    </message>
    <message>
        <source>Scheduled: schedule %1 &quot;%2&quot;, run %3</source>
        <translation>Planifié&#xa0;: planification %1 «&#xa0;%2&#xa0;», exécution %3</translation>
    </message>
    <message>
        <source>the report could not be generated: %1</source>
        <translation>le rapport n&apos;a pas pu être généré&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the report of a run</source>
        <translation>impossible d&apos;enregistrer le rapport d&apos;une exécution</translation>
    </message>
    <message>
        <source>no SMTP server is set up (smtp set, or the Settings page)</source>
        <translation>aucun serveur SMTP n&apos;est configuré (smtp set, ou la page Paramètres)</translation>
    </message>
    <message>
        <source>no SMTP password: %1</source>
        <translation>pas de mot de passe SMTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>schedule %1 has no run at %2</source>
        <translation>la planification %1 n&apos;a pas d&apos;exécution à %2</translation>
    </message>
    <message>
        <source>the run of schedule %1 at %2 is %3: only a retrying, failed or unknown run can be retried</source>
        <translation>l&apos;exécution de la planification %1 à %2 est %3&#xa0;: seule une exécution en attente de nouvelle tentative, en échec ou inconnue peut être réessayée</translation>
    </message>
    <message>
        <source>cannot retry a run</source>
        <translation>impossible de réessayer une exécution</translation>
    </message>
    <message>
        <source>the run of schedule %1 at %2 is %3: only a delivered run can be resent</source>
        <translation>l&apos;exécution de la planification %1 à %2 est %3&#xa0;: seule une exécution remise peut être renvoyée</translation>
    </message>
    <message>
        <source>the report of this run was deleted: it cannot be resent</source>
        <translation>le rapport de cette exécution a été supprimé&#xa0;: il ne peut pas être renvoyé</translation>
    </message>
    <message>
        <source>there is no schedule %1</source>
        <translation>il n&apos;y a pas de planification %1</translation>
    </message>
    <message>
        <source>the program sending this run stopped at %1, after the whole message had gone to the server and before its reply was recorded: it may or may not have been delivered</source>
        <translation>le programme qui envoyait cette exécution s&apos;est arrêté à %1, après l&apos;envoi du message entier au serveur et avant l&apos;enregistrement de sa réponse&#xa0;: il a peut-être été remis, peut-être pas</translation>
    </message>
</context>
<context>
    <name>ud::ScheduleStore</name>
    <message>
        <source>there is no schedule %1</source>
        <translation>il n&apos;y a pas de planification %1</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>cannot read schedules</source>
        <translation>impossible de lire les planifications</translation>
    </message>
    <message>
        <source>cannot read the runs of schedule %1</source>
        <translation>impossible de lire les exécutions de la planification %1</translation>
    </message>
    <message>
        <source>name: a schedule named &quot;%1&quot; already exists; choose another name</source>
        <translation>nom&#xa0;: une planification nommée «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>cannot save the schedule %1</source>
        <translation>impossible d&apos;enregistrer la planification %1</translation>
    </message>
    <message>
        <source>cannot change the schedule %1</source>
        <translation>impossible de modifier la planification %1</translation>
    </message>
    <message>
        <source>runs after %1 are due</source>
        <translation>les exécutions après %1 sont dues</translation>
    </message>
    <message>
        <source>cannot delete the schedule %1</source>
        <translation>impossible de supprimer la planification %1</translation>
    </message>
</context>
<context>
    <name>ud::ScheduleTableModel</name>
    <message>
        <source>Daily at %1 (%2)</source>
        <translation>Tous les jours à %1 (%2)</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2 (%3)</source>
        <translation>Chaque semaine le %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (%3)</source>
        <translation>Chaque mois le jour %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <comment>local run times</comment>
        <translation>ddd d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvelle tentative prévue</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>unknown (maybe delivered)</source>
        <translation>inconnu (peut-être remis)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Click to edit &quot;%1&quot;</source>
        <translation>Cliquer pour modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>Rapport d&apos;utilisation</translation>
    </message>
    <message>
        <source>— (disabled)</source>
        <translation>— (désactivé)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Next run (local)</source>
        <translation>Prochaine exécution (heure locale)</translation>
    </message>
    <message>
        <source>Last run and result</source>
        <translation>Dernière exécution et résultat</translation>
    </message>
</context>
<context>
    <name>ud::SignIn</name>
    <message>
        <source>sign-in failed: wrong user name or password</source>
        <translation>échec de la connexion&#xa0;: nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>the signed-in administrator no longer exists</source>
        <translation>l&apos;administrateur connecté n&apos;existe plus</translation>
    </message>
    <message>
        <source>the role of %1 is missing</source>
        <translation>le rôle de %1 est introuvable</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>nom d&apos;utilisateur inconnu</translation>
    </message>
    <message>
        <source>account locked until %1</source>
        <translation>compte verrouillé jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>sign-in failed: %1 is locked after too many failed attempts; try again after %2 UTC</source>
        <translation>échec de la connexion&#xa0;: %1 est verrouillé après trop de tentatives infructueuses&#xa0;; réessayez après %2 UTC</translation>
    </message>
    <message>
        <source>wrong password (%1 in a row)</source>
        <translation>mot de passe incorrect (%1 de suite)</translation>
    </message>
    <message>
        <source>wrong password; account locked until %1</source>
        <translation>mot de passe incorrect&#xa0;; compte verrouillé jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <source>sign-in failed: the account %1 is disabled</source>
        <translation>échec de la connexion&#xa0;: le compte %1 est désactivé</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>the database already has administrators; the first Super Administrator can only be created on an empty one</source>
        <translation>la base de données a déjà des administrateurs&#xa0;; le premier super-administrateur ne peut être créé que dans une base vide</translation>
    </message>
    <message>
        <source>Super Administrator</source>
        <translation>Super-administrateur</translation>
    </message>
</context>
<context>
    <name>ud::SmtpClient</name>
    <message>
        <source>not a valid e-mail address</source>
        <translation>adresse e-mail non valide</translation>
    </message>
    <message>
        <source>No SMTP server is configured.</source>
        <translation>Aucun serveur SMTP n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>L&apos;adresse d&apos;expéditeur «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The e-mail has no recipient.</source>
        <translation>L&apos;e-mail n&apos;a aucun destinataire.</translation>
    </message>
    <message>
        <source>None of the recipient addresses is valid.</source>
        <translation>Aucune des adresses de destinataire n&apos;est valide.</translation>
    </message>
    <message>
        <source>TLS is not available on this computer (no TLS library was found).</source>
        <translation>TLS n&apos;est pas disponible sur cet ordinateur (aucune bibliothèque TLS trouvée).</translation>
    </message>
    <message>
        <source>The server %1 accepted none of the recipients.</source>
        <translation>Le serveur %1 n&apos;a accepté aucun des destinataires.</translation>
    </message>
    <message>
        <source>%1 (certificate SHA-256 %2)</source>
        <translation>%1 (certificat SHA-256 %2)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1: %2.</source>
        <translation>Impossible de se connecter au serveur de messagerie %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>l&apos;accueil</translation>
    </message>
    <message>
        <source>TLS could not be set up with %1: %2</source>
        <translation>TLS n&apos;a pas pu être établi avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, which the settings require; nothing was sent.</source>
        <translation>Le serveur de messagerie %1 ne propose pas STARTTLS, qu&apos;exigent les paramètres&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The password is not sent to %1 without TLS.</source>
        <translation>Le mot de passe n&apos;est pas envoyé à %1 sans TLS.</translation>
    </message>
    <message>
        <source>The mail server %1 offers no AUTH PLAIN or LOGIN (offered: %2).</source>
        <translation>Le serveur de messagerie %1 ne propose ni AUTH PLAIN ni LOGIN (proposés&#xa0;: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The connection to %1 ended after the message was sent, before the server confirmed it: it may or may not have been delivered (%2).</source>
        <translation>La connexion à %1 s&apos;est terminée après l&apos;envoi du message, avant que le serveur ne le confirme&#xa0;: il a pu être distribué ou non (%2).</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>le message</translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n recipient(s) through %1.</source>
        <translation>
            <numerusform>Distribué à %n destinataire via %1.</numerusform>
            <numerusform>Distribué à %n destinataires via %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered to %1 of %2 recipients through %3; refused: %4.</source>
        <translation>Distribué à %1 destinataires sur %2 via %3&#xa0;; refusés&#xa0;: %4.</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>l&apos;envoi du message</translation>
    </message>
    <message>
        <source>waiting for the server&apos;s reply</source>
        <translation>l&apos;attente de la réponse du serveur</translation>
    </message>
    <message>
        <source>The mail server %1 broke the protocol: %2</source>
        <translation>Le serveur de messagerie %1 n&apos;a pas respecté le protocole&#xa0;: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3</source>
        <translation>Le serveur de messagerie %1 a refusé %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sending the e-mail was cancelled.</source>
        <translation>L&apos;envoi de l&apos;e-mail a été annulé.</translation>
    </message>
    <message>
        <source>no reply within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>The mail server %1 failed while %2: %3.</source>
        <translation>Le serveur de messagerie %1 a échoué pendant %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The password for %1 would be sent without encryption: choose STARTTLS or TLS (AUTH without TLS is allowed only to this computer).</source>
        <translation>Le mot de passe pour %1 serait envoyé sans chiffrement&#xa0;: choisissez STARTTLS ou TLS (AUTH sans TLS n&apos;est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The message was not finished: its sending could not be recorded first.</source>
        <translation>Le message n&apos;a pas été terminé&#xa0;: son envoi n&apos;a pas pu être enregistré au préalable.</translation>
    </message>
</context>
<context>
    <name>ud::SmtpPasswordStore</name>
    <message>
        <source>No keychain service is available to hold the SMTP password (%1). Set the environment variable USAGEDESK_SMTP_PASSWORD instead.</source>
        <translation>Aucun service de trousseau n&apos;est disponible pour conserver le mot de passe SMTP (%1). Définissez plutôt la variable d&apos;environnement USAGEDESK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain refused access to the SMTP password: %1</source>
        <translation>Le trousseau a refusé l&apos;accès au mot de passe SMTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>No SMTP password is stored for %1 on %2: set it with &quot;smtp set&quot; or in USAGEDESK_SMTP_PASSWORD.</source>
        <translation>Aucun mot de passe SMTP n&apos;est enregistré pour %1 sur %2&#xa0;: définissez-le avec «&#xa0;smtp set&#xa0;» ou dans USAGEDESK_SMTP_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>ud::SmtpReply</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Le serveur a envoyé une ligne de réponse de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server sent a malformed reply: %1</source>
        <translation>Le serveur a envoyé une réponse mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server mixed reply codes %1 and %2 in one reply.</source>
        <translation>Le serveur a mélangé les codes %1 et %2 dans une même réponse.</translation>
    </message>
</context>
<context>
    <name>ud::SmtpSettingsStore</name>
    <message>
        <source>--host: the SMTP server&apos;s host name is missing</source>
        <translation>--host&#xa0;: le nom d&apos;hôte du serveur SMTP manque</translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not a host name (it contains a space)</source>
        <translation>--host&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte (il contient une espace)</translation>
    </message>
    <message>
        <source>--port: the port must be between 1 and 65535</source>
        <translation>--port&#xa0;: le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>--user: the user name contains a line break</source>
        <translation>--user&#xa0;: le nom d&apos;utilisateur contient un saut de ligne</translation>
    </message>
    <message>
        <source>timeouts must be positive</source>
        <translation>les délais doivent être positifs</translation>
    </message>
    <message>
        <source>reading the SMTP settings</source>
        <translation>lecture des paramètres SMTP</translation>
    </message>
    <message>
        <source>saving the SMTP settings</source>
        <translation>enregistrement des paramètres SMTP</translation>
    </message>
</context>
<context>
    <name>ud::SmtpTestMail</name>
    <message>
        <source>no SMTP server is set up: use &quot;smtp set&quot; first</source>
        <translation>aucun serveur SMTP n&apos;est configuré&#xa0;: utilisez d&apos;abord «&#xa0;smtp set&#xa0;»</translation>
    </message>
    <message>
        <source>UsageDesk test message</source>
        <translation>Message de test UsageDesk</translation>
    </message>
    <message>
        <source>This is a test message from UsageDesk, sent by %1 through %2:%3.
Scheduled reports will be sent the same way.
</source>
        <translation>Ceci est un message de test de UsageDesk, envoyé par %1 via %2:%3.
Les rapports planifiés seront envoyés de la même façon.
</translation>
    </message>
</context>
<context>
    <name>ud::SqlError</name>
    <message>
        <source> (database %1)</source>
        <translation> (base de données %1)</translation>
    </message>
</context>
<context>
    <name>ud::TenantAdministration</name>
    <message>
        <source>not a UUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>pas un UUID (8-4-4-4-12 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>une date est obligatoire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>hostname: %1 is already used by another tenant (%2)</source>
        <translation>nom d&apos;hôte&#xa0;: %1 est déjà utilisé par un autre client (%2)</translation>
    </message>
    <message>
        <source>tenant_id: %1 is not a UUID</source>
        <translation>tenant_id&#xa0;: %1 n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>no tenant has the tenant_id %1</source>
        <translation>aucun client n&apos;a le tenant_id %1</translation>
    </message>
    <message>
        <source>tenant_id: a value is required</source>
        <translation>tenant_id&#xa0;: une valeur est obligatoire</translation>
    </message>
    <message>
        <source>tenant_id: a tenant with the tenant_id %1 exists already</source>
        <translation>tenant_id&#xa0;: un client avec le tenant_id %1 existe déjà</translation>
    </message>
    <message>
        <source>removing tenant %1</source>
        <translation>suppression du client %1</translation>
    </message>
</context>
<context>
    <name>ud::TenantFilter</name>
    <message>
        <source>operator %1 does not apply to %2</source>
        <translation>l&apos;opérateur %1 ne s&apos;applique pas à %2</translation>
    </message>
</context>
<context>
    <name>ud::TenantImporter</name>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>%1 is not a UUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>%1 n&apos;est pas un UUID (8-4-4-4-12 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>%1 is not one of PRODUCTION, TRIAL, UNKNOWN</source>
        <translation>%1 n&apos;est ni PRODUCTION, ni TRIAL, ni UNKNOWN</translation>
    </message>
    <message>
        <source>%1 is not true/false, 1/0 or yes/no</source>
        <translation>%1 n&apos;est pas true/false, 1/0 ou yes/no</translation>
    </message>
    <message>
        <source>%1 is not a real date of the form YYYY-MM-DD</source>
        <translation>%1 n&apos;est pas une date réelle de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 is already used by another tenant (%2)</source>
        <translation>%1 est déjà utilisé par un autre client (%2)</translation>
    </message>
</context>
<context>
    <name>ud::TenantListLoader</name>
    <message>
        <source>cannot read the tenants</source>
        <translation>impossible de lire les clients</translation>
    </message>
    <message>
        <source>cannot count the tenants</source>
        <translation>impossible de compter les clients</translation>
    </message>
</context>
<context>
    <name>ud::TenantListWriter</name>
    <message>
        <source>cannot write the tenant list: %1</source>
        <translation>impossible d&apos;écrire la liste des clients&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ud::TenantQuery</name>
    <message>
        <source>cannot list tenants</source>
        <translation>impossible de lister les clients</translation>
    </message>
    <message>
        <source>listing tenants was cancelled</source>
        <translation>le listage des clients a été annulé</translation>
    </message>
    <message>
        <source>cannot count tenants</source>
        <translation>impossible de compter les clients</translation>
    </message>
</context>
<context>
    <name>ud::TenantRules</name>
    <message>
        <source>contains a control character (U+%1) at character %2; tabs and line breaks are not allowed</source>
        <translation>contient un caractère de contrôle (U+%1) au caractère %2&#xa0;; les tabulations et sauts de ligne ne sont pas autorisés</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>fait %1 caractères&#xa0;; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>%1 contains a space; a hostname has none</source>
        <translation>%1 contient une espace&#xa0;; un nom d&apos;hôte n&apos;en a pas</translation>
    </message>
</context>
<context>
    <name>ud::TenantStore</name>
    <message>
        <source>cannot store tenant %1</source>
        <translation>impossible d&apos;enregistrer le client %1</translation>
    </message>
    <message>
        <source>cannot look up tenant %1</source>
        <translation>impossible de rechercher le client %1</translation>
    </message>
    <message>
        <source>cannot look up hostname %1</source>
        <translation>impossible de rechercher le nom d&apos;hôte %1</translation>
    </message>
</context>
<context>
    <name>ud::TenantTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Contract Mode</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Service Provider</source>
        <translation>Fournisseur de services</translation>
    </message>
    <message>
        <source>Authentication Account</source>
        <translation>Compte d&apos;authentification</translation>
    </message>
    <message>
        <source>Issuance Account</source>
        <translation>Compte d&apos;émission</translation>
    </message>
    <message>
        <source>Created On</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Users This Month</source>
        <translation>Utilisateurs ce mois-ci</translation>
    </message>
    <message>
        <source>Voice Credits This Month</source>
        <translation>Crédits voix ce mois-ci</translation>
    </message>
    <message>
        <source>SMS Credits This Month</source>
        <translation>Crédits SMS ce mois-ci</translation>
    </message>
</context>
<context>
    <name>ud::TenantUsageSeries</name>
    <message>
        <source>the start date is not a valid date</source>
        <translation>la date de début n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the end date is not a valid date</source>
        <translation>la date de fin n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the start date %1 is after the end date %2</source>
        <translation>la date de début %1 est après la date de fin %2</translation>
    </message>
    <message>
        <source>cannot look up tenant %1</source>
        <translation>impossible de rechercher le client %1</translation>
    </message>
    <message>
        <source>there is no tenant with key %1</source>
        <translation>il n&apos;y a pas de client avec la clé %1</translation>
    </message>
    <message>
        <source>cannot read the usage of %1</source>
        <translation>impossible de lire l&apos;utilisation de %1</translation>
    </message>
</context>
<context>
    <name>ud::TenantUsageTableModel</name>
    <message numerus="yes">
        <source>%n day(s) with data; the last is %1</source>
        <translation>
            <numerusform>%n jour avec des données&#xa0;; le dernier est le %1</numerusform>
            <numerusform>%n jours avec des données&#xa0;; le dernier est le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Users (last day)</source>
        <translation>Utilisateurs (dernier jour)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Users (peak)</source>
        <translation>Utilisateurs (pic)</translation>
    </message>
    <message>
        <source>Voice credits</source>
        <translation>Crédits voix</translation>
    </message>
    <message>
        <source>SMS credits</source>
        <translation>Crédits SMS</translation>
    </message>
    <message>
        <source>Authentications</source>
        <translation>Authentifications</translation>
    </message>
</context>
<context>
    <name>ud::Transaction</name>
    <message>
        <source>the transaction is already closed</source>
        <translation>la transaction est déjà close</translation>
    </message>
    <message>
        <source>cannot start a transaction on %1</source>
        <translation>impossible de démarrer une transaction sur %1</translation>
    </message>
    <message>
        <source>cannot commit the changes to %1</source>
        <translation>impossible de valider les modifications de %1</translation>
    </message>
</context>
<context>
    <name>ud::UsageImporter</name>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>%1 is not a whole number from 0 to %2</source>
        <translation>%1 n&apos;est pas un nombre entier de 0 à %2</translation>
    </message>
    <message>
        <source>%1 is not a UUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>%1 n&apos;est pas un UUID (8-4-4-4-12 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>no tenant has the id %1; import the tenants first</source>
        <translation>aucun client n&apos;a l&apos;ID %1&#xa0;; importez d&apos;abord les clients</translation>
    </message>
    <message>
        <source>%1 is not a real date of the form YYYY-MM-DD</source>
        <translation>%1 n&apos;est pas une date réelle de la forme AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>ud::UsageWriter</name>
    <message>
        <source>cannot write usage (%1): %2</source>
        <translation>impossible d&apos;écrire l&apos;utilisation (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot update the monthly usage: %1</source>
        <translation>impossible de mettre à jour l&apos;utilisation mensuelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write usage: %1</source>
        <translation>impossible d&apos;écrire l&apos;utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database driver does not expose its native connection</source>
        <translation>le pilote de base de données n&apos;expose pas sa connexion native</translation>
    </message>
    <message>
        <source>cannot write usage (%1) to %2: %3</source>
        <translation>impossible d&apos;écrire l&apos;utilisation (%1) dans %2&#xa0;: %3</translation>
    </message>
</context>
</TS>
