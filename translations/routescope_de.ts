<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Document</name>
    <message>
        <location filename="../ui/document.cpp" line="65" />
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="74" />
        <location filename="../ui/document.cpp" line="94" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="170" />
        <source>No file is open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="172" />
        <source>The file has syntax errors; fix them in a text editor, then reload</source>
        <translation>Die Datei enthält Syntaxfehler; beheben Sie sie in einem Texteditor und laden Sie neu</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="174" />
        <source>The file is not writable</source>
        <translation>Die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="192" />
        <source>No scope is selected</source>
        <translation>Kein Bereich ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="197" />
        <source>This scope is in an included file, which is read-only</source>
        <translation>Dieser Bereich steht in einer eingebundenen Datei, die schreibgeschützt ist</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="199" />
        <source>Only global and top-level Domain routes can be edited</source>
        <translation>Nur globale Routen und Routen von Domain-Bereichen der obersten Ebene sind bearbeitbar</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="251" />
        <source>A domain name must not be empty or contain quotes</source>
        <translation>Ein Domainname darf nicht leer sein und keine Anführungszeichen enthalten</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="255" />
        <source>The file already has a Domain scope "%1"</source>
        <translation>Die Datei hat bereits einen Domain-Bereich „%1“</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="264" />
        <source>Add domain %1</source>
        <translation>Domain %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="276" />
        <source>The global scope cannot be removed</source>
        <translation>Der globale Bereich kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="280" />
        <source>Remove domain %1</source>
        <translation>Domain %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="317" />
        <source>No file name to save to</source>
        <translation>Kein Dateiname zum Speichern</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="322" />
        <location filename="../ui/document.cpp" line="327" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="25" />
        <source>Editor for Momentum MTA outbound routing.</source>
        <translation>Editor für das ausgehende Routing des Momentum MTA.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29" />
        <source>ecelerity.conf file to open.</source>
        <translation>Zu öffnende ecelerity.conf-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34" />
        <source>Offline DNS zone file for the live panel.</source>
        <translation>Offline-DNS-Zonendatei für das Live-Panel.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="37" />
        <source>DNS server for the live panel.</source>
        <translation>DNS-Server für das Live-Panel.</translation>
    </message>
</context>
<context>
    <name>rs::ui::DiffDialog</name>
    <message>
        <location filename="../ui/diffdialog.cpp" line="55" />
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/diffdialog.cpp" line="57" />
        <source>These lines of %1 will change. Everything else is written back byte for byte.</source>
        <translation>Diese Zeilen von %1 ändern sich. Alles andere wird Byte für Byte zurückgeschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/diffdialog.cpp" line="65" />
        <source>Changes to save</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/diffdialog.cpp" line="67" />
        <source>(no changes)</source>
        <translation>(keine Änderungen)</translation>
    </message>
</context>
<context>
    <name>rs::ui::HelpDialog</name>
    <message>
        <location filename="../ui/helpdialog.cpp" line="12" />
        <source>How MX routing works</source>
        <translation>Wie MX-Routing funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="15" />
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="31" />
        <source>Which scope decides</source>
        <translation>Welcher Bereich entscheidet</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="32" />
        <source>For a recipient domain, Momentum looks at the Domain scope with exactly that name, then the regex Domain scopes in the order they are written, then the global scope. The first of them that sets Routes or Gateway decides. When none does, mail goes to the domain's own MX hosts.</source>
        <translation>Für eine Empfängerdomain prüft Momentum zuerst den Domain-Bereich mit genau diesem Namen, dann die Regex-Domain-Bereiche in der Reihenfolge, in der sie geschrieben sind, dann den globalen Bereich. Der erste davon, der Routes oder Gateway setzt, entscheidet. Setzt keiner etwas, geht die Mail an die eigenen MX-Hosts der Domain.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="35" />
        <source>Route entries</source>
        <translation>Routeneinträge</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="36" />
        <source>&lt;b&gt;__mx__&lt;/b&gt; means the recipient domain's MX records. A host name is looked up by MX, falling back to its A/AAAA records; &lt;b&gt;type=a&lt;/b&gt; asks for addresses only. An IP address is used as it is. A URI such as &lt;tt&gt;smtp://relay.example.net?pref=10&amp;amp;port=2525&lt;/tt&gt; sets the preference, TTL, port and lookup type of one entry.</source>
        <translation>&lt;b&gt;__mx__&lt;/b&gt; steht für die MX-Einträge der Empfängerdomain. Ein Hostname wird per MX aufgelöst, ersatzweise über seine A/AAAA-Einträge; &lt;b&gt;type=a&lt;/b&gt; verlangt nur Adressen. Eine IP-Adresse wird unverändert verwendet. Eine URI wie &lt;tt&gt;smtp://relay.example.net?pref=10&amp;amp;port=2525&lt;/tt&gt; setzt Präferenz, TTL, Port und Abfragetyp eines Eintrags.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="40" />
        <source>Preferences</source>
        <translation>Präferenzen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="41" />
        <source>Every candidate host gets one number; lower is tried first and equal numbers share the load. An entry with &lt;b&gt;pref=&lt;/b&gt; gives that number to every host it yields, &lt;b&gt;__mx__&lt;/b&gt; hosts keep their DNS MX preference, and an entry without pref= gets its position in the list (0, 1, 2, ...). RouteScope chose this last reading where the documentation is silent and warns where it reorders what the list suggests.</source>
        <translation>Jeder Kandidat erhält eine Zahl; kleinere Zahlen werden zuerst versucht, gleiche teilen sich die Last. Ein Eintrag mit &lt;b&gt;pref=&lt;/b&gt; gibt diese Zahl jedem Host, den er liefert, &lt;b&gt;__mx__&lt;/b&gt;-Hosts behalten ihre DNS-MX-Präferenz, und ein Eintrag ohne pref= erhält seine Position in der Liste (0, 1, 2, ...). Diese letzte Lesart hat RouteScope gewählt, wo die Dokumentation schweigt, und warnt, wo sie die Reihenfolge der Liste umstellt.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="46" />
        <source>Ports and limits</source>
        <translation>Ports und Limits</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="47" />
        <source>The port is the entry's port=, else Remote_SMTP_Port of the domain scope, else the global one, else 25. Max_Outbound_Connections of the domain (else global, else 32) caps the connections to the whole domain; in a Host scope it caps one host.</source>
        <translation>Der Port ist port= des Eintrags, sonst Remote_SMTP_Port des Domain-Bereichs, sonst der globale Wert, sonst 25. Max_Outbound_Connections der Domain (sonst global, sonst 32) begrenzt die Verbindungen zur ganzen Domain; in einem Host-Bereich begrenzt es einen Host.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="50" />
        <source>Which host gets the next connection</source>
        <translation>Welcher Host die nächste Verbindung erhält</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="51" />
        <source>Each connection goes to the lowest preference tier that has a reachable host below its limit, to the host of that tier with the fewest connections. A higher tier is used only when every host of the lower one is down or full. The running MTA picks at random among the hosts of a tier; RouteScope shows the expected spread.</source>
        <translation>Jede Verbindung geht an die niedrigste Präferenzstufe mit einem erreichbaren Host unter seinem Limit, und dort an den Host mit den wenigsten Verbindungen. Eine höhere Stufe wird erst genutzt, wenn alle Hosts der niedrigeren ausgefallen oder voll sind. Der laufende MTA wählt innerhalb einer Stufe zufällig; RouteScope zeigt die erwartete Verteilung.</translation>
    </message>
</context>
<context>
    <name>rs::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74" />
        <source>&amp;Reload from Disk</source>
        <translation>Von der Platte &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75" />
        <source>&amp;Keep My Version</source>
        <translation>Meine Version &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99" />
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108" />
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124" />
        <source>Reading %1...</source>
        <translation>%1 wird gelesen ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132" />
        <source>%1 changed on disk. Reloading discards your unsaved edits.</source>
        <translation>%1 wurde auf der Platte geändert. Neu laden verwirft Ihre ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133" />
        <source>%1 changed on disk.</source>
        <translation>%1 wurde auf der Platte geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>Filter scopes</source>
        <translation>Bereiche filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160" />
        <source>Filter scopes by name</source>
        <translation>Bereiche nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162" />
        <source>Only scopes with &amp;problems</source>
        <translation>Nur Bereiche mit &amp;Problemen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165" />
        <source>Routing scopes</source>
        <translation>Routing-Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193" />
        <location filename="../ui/mainwindow.cpp" line="197" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216" />
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219" />
        <source>&amp;Save...</source>
        <translation>&amp;Speichern ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222" />
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225" />
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229" />
        <location filename="../ui/mainwindow.cpp" line="375" />
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229" />
        <source>Discard your unsaved edits and read the file again?</source>
        <translation>Ungespeicherte Änderungen verwerfen und die Datei neu lesen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245" />
        <source>Add &amp;Domain Scope...</source>
        <translation>&amp;Domain-Bereich hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248" />
        <source>Remove Domain S&amp;cope</source>
        <translation>Domain-Bereich &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254" />
        <source>&amp;Find Scope</source>
        <translation>Bereich &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261" />
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265" />
        <source>How MX &amp;Routing Works</source>
        <translation>Wie MX-&amp;Routing funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268" />
        <source>&amp;About RouteScope</source>
        <translation>Ü&amp;ber RouteScope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299" />
        <source>&amp;Scopes</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303" />
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="309" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313" />
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343" />
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="365" />
        <source>Open Configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366" />
        <location filename="../ui/mainwindow.cpp" line="608" />
        <source>Momentum configuration (*.conf);;All files (*)</source>
        <translation>Momentum-Konfiguration (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="379" />
        <source>Opened %1: %n scope(s)</source>
        <translation><numerusform>%1 geöffnet: %n Bereich</numerusform><numerusform>%1 geöffnet: %n Bereiche</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="531" />
        <source>%n error(s)</source>
        <translation><numerusform>%n Fehler</numerusform><numerusform>%n Fehler</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="531" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n Warnung</numerusform><numerusform>%n Warnungen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="533" />
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556" />
        <source>Add Domain Scope</source>
        <translation>Domain-Bereich hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557" />
        <source>Domain name, or /regex/ for a pattern:</source>
        <translation>Domainname oder /Regex/ für ein Muster:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="578" />
        <source>Remove Domain Scope</source>
        <translation>Domain-Bereich entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="579" />
        <source>Remove the Domain scope "%1" and everything in it?</source>
        <translation>Den Domain-Bereich „%1“ mit seinem ganzen Inhalt entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="598" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601" />
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="607" />
        <source>Save Configuration As</source>
        <translation>Konfiguration speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="613" />
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="625" />
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="625" />
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="658" />
        <source>About RouteScope</source>
        <translation>Über RouteScope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="659" />
        <source>&lt;h3&gt;RouteScope %1&lt;/h3&gt;&lt;p&gt;Edits the outbound routing of the Momentum MTA (Routes, Gateway, Remote_SMTP_Port, Max_Outbound_Connections) without disturbing the rest of the file, and shows what the MTA would do with it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RouteScope %1&lt;/h3&gt;&lt;p&gt;Bearbeitet das ausgehende Routing des Momentum MTA (Routes, Gateway, Remote_SMTP_Port, Max_Outbound_Connections), ohne den Rest der Datei anzutasten, und zeigt, was der MTA damit tun würde.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rs::ui::ProblemsModel</name>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="48" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="50" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="54" />
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="83" />
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="116" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="118" />
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="120" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="122" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>rs::ui::RouteDelegate</name>
    <message>
        <location filename="../ui/routedelegate.cpp" line="56" />
        <source>by position</source>
        <translation>nach Position</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="56" />
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="58" />
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="58" />
        <source>TTL in seconds</source>
        <translation>TTL in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="60" />
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="60" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="63" />
        <source>Lookup type</source>
        <translation>Abfragetyp</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="64" />
        <source>default (MX, then A)</source>
        <translation>Standard (MX, dann A)</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="65" />
        <source>mx</source>
        <translation>mx</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="66" />
        <source>a (addresses only)</source>
        <translation>a (nur Adressen)</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="71" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="78" />
        <source>Route entry</source>
        <translation>Routeneintrag</translation>
    </message>
</context>
<context>
    <name>rs::ui::RoutePane</name>
    <message>
        <location filename="../ui/routepane.cpp" line="44" />
        <source>&amp;Add Route...</source>
        <translation>Route &amp;hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="45" />
        <source>&amp;Remove Route</source>
        <translation>Route &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="46" />
        <source>D&amp;uplicate Route</source>
        <translation>Route &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="47" />
        <source>Move Route &amp;Up</source>
        <translation>Route nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="48" />
        <source>Move Route Do&amp;wn</source>
        <translation>Route nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="49" />
        <source>&amp;Override Here</source>
        <translation>Hier ü&amp;berschreiben</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="57" />
        <source>Route table status</source>
        <translation>Status der Routentabelle</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="60" />
        <source>Routes of the selected scope</source>
        <translation>Routen des ausgewählten Bereichs</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="159" />
        <source>Add Route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="160" />
        <source>Route entry: __mx__, a host name, an IP address or smtp://host?pref=10&amp;port=25&amp;type=a</source>
        <translation>Routeneintrag: __mx__, ein Hostname, eine IP-Adresse oder smtp://host?pref=10&amp;port=25&amp;type=a</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="173" />
        <source>No scope selected</source>
        <translation>Kein Bereich ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="176" />
        <source>Global scope</source>
        <translation>Globaler Bereich</translation>
    </message>
</context>
<context>
    <name>rs::ui::RouteTableModel</name>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="36" />
        <source>default</source>
        <comment>route lookup type</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="132" />
        <location filename="../ui/routetablemodel.cpp" line="145" />
        <source>the global scope</source>
        <translation>dem globalen Bereich</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="138" />
        <source>Select a scope to see its routes.</source>
        <translation>Wählen Sie einen Bereich, um seine Routen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="142" />
        <source>Host scopes set no routes; their Max_Outbound_Connections limits each host.</source>
        <translation>Host-Bereiche setzen keine Routen; ihr Max_Outbound_Connections begrenzt jeden Host.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="146" />
        <source>No routes here: mail for this domain follows the routes of %1 (shown read-only). Use "Override here" to give it its own list.</source>
        <translation>Hier sind keine Routen gesetzt: Mail für diese Domain folgt den Routen von %1 (schreibgeschützt angezeigt). Mit „Hier überschreiben“ erhält sie eine eigene Liste.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="151" />
        <source>No routes anywhere: mail goes to each recipient domain's own MX hosts (__mx__).</source>
        <translation>Nirgends sind Routen gesetzt: Mail geht an die eigenen MX-Hosts jeder Empfängerdomain (__mx__).</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="152" />
        <source>This scope sets no routes.</source>
        <translation>Dieser Bereich setzt keine Routen.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="156" />
        <source>Gateway: every message goes to this host, like a one-entry route list. Gateway is shown, not edited; add routes to override it.</source>
        <translation>Gateway: Jede Nachricht geht an diesen Host, wie bei einer Routenliste mit einem Eintrag. Gateway wird angezeigt, nicht bearbeitet; Routen überschreiben es.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="159" />
        <source>This scope sets both Routes and Gateway; RouteScope assumes Routes wins.</source>
        <translation>Dieser Bereich setzt Routes und Gateway; RouteScope nimmt an, dass Routes gilt.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="161" />
        <source>Routes in binding scopes are not documented by Momentum; shown read-only.</source>
        <translation>Routen in Binding-Bereichen dokumentiert Momentum nicht; sie werden schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="197" />
        <source>Remote_SMTP_Port of this scope</source>
        <translation>Remote_SMTP_Port dieses Bereichs</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="201" />
        <source>global Remote_SMTP_Port</source>
        <translation>globalen Remote_SMTP_Port</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="204" />
        <source>default SMTP port</source>
        <translation>Standard-SMTP-Port</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="215" />
        <source>MX of the recipient domain</source>
        <translation>MX der Empfängerdomain</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="219" />
        <source>(invalid)</source>
        <translation>(ungültig)</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="225" />
        <location filename="../ui/routetablemodel.cpp" line="230" />
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="226" />
        <source>%1 (position)</source>
        <translation>%1 (Position)</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="241" />
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="322" />
        <source>No pref=: the preference is the entry's position in the list (%1).</source>
        <translation>Kein pref=: Die Präferenz ist die Position des Eintrags in der Liste (%1).</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="327" />
        <source>Port %1 from the %2.</source>
        <translation>Port %1 aus %2.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="330" />
        <source>Inherited; use "Override here" to edit.</source>
        <translation>Geerbt; zum Bearbeiten „Hier überschreiben“ verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="399" />
        <source>A route entry must not be empty or contain quotes.</source>
        <translation>Ein Routeneintrag darf nicht leer sein und keine Anführungszeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="408" />
        <source>"%1" is not a host name or an IP address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="415" />
        <source>A preference is between 0 and 65535.</source>
        <translation>Eine Präferenz liegt zwischen 0 und 65535.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="429" />
        <source>A port is between 1 and 65535.</source>
        <translation>Ein Port liegt zwischen 1 und 65535.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="448" />
        <source>Set routes of %1</source>
        <translation>Routen von %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="470" />
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routetablemodel.cpp" line="483" />
        <source>Remove %n route(s)</source>
        <translation><numerusform>%n Route entfernen</numerusform><numerusform>%n Routen entfernen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="493" />
        <source>Duplicate route</source>
        <translation>Route duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="503" />
        <source>Move route up</source>
        <translation>Route nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="503" />
        <source>Move route down</source>
        <translation>Route nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="529" />
        <source>Move route</source>
        <translation>Route verschieben</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="538" />
        <source>Override routes in %1</source>
        <translation>Routen in %1 überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="545" />
        <source>Clear routes of %1</source>
        <translation>Routen von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="555" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="557" />
        <source>Pref</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="559" />
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="561" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="563" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="565" />
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="573" />
        <source>Preference: lower is tried first; equal values share the load</source>
        <translation>Präferenz: kleinere Werte zuerst, gleiche teilen sich die Last</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="575" />
        <source>Seconds the resolved addresses are kept; DNS when not set</source>
        <translation>Sekunden, die aufgelöste Adressen gelten; ohne Angabe aus dem DNS</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="577" />
        <source>default and mx: MX lookup falling back to A/AAAA; a: A/AAAA only</source>
        <translation>Standard und mx: MX-Abfrage, ersatzweise A/AAAA; a: nur A/AAAA</translation>
    </message>
</context>
<context>
    <name>rs::ui::ScopeTreeModel</name>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="37" />
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="39" />
        <source>Bindings</source>
        <translation>Bindings</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="41" />
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="196" />
        <source>%n scope(s)</source>
        <translation><numerusform>%n Bereich</numerusform><numerusform>%n Bereiche</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="219" />
        <location filename="../ui/scopetreemodel.cpp" line="259" />
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="232" />
        <source>Global scope</source>
        <translation>Globaler Bereich</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="234" />
        <source>Sets Routes (%n entries)</source>
        <translation><numerusform>Setzt Routes (%n Eintrag)</numerusform><numerusform>Setzt Routes (%n Einträge)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="236" />
        <source>Sets Gateway</source>
        <translation>Setzt Gateway</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="238" />
        <source>Sets no routes: falls back to the next matching scope</source>
        <translation>Setzt keine Routen: der nächste passende Bereich gilt</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="240" />
        <source>Max_Outbound_Connections = %1</source>
        <translation>Max_Outbound_Connections = %1</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="242" />
        <source>Remote_SMTP_Port = %1</source>
        <translation>Remote_SMTP_Port = %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="244" />
        <source>%n error(s)</source>
        <translation><numerusform>%n Fehler</numerusform><numerusform>%n Fehler</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="244" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n Warnung</numerusform><numerusform>%n Warnungen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="246" />
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="273" />
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="273" />
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
</context>
<context>
    <name>rs::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="18" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="20" />
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="21" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="27" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="30" />
        <source>A new language takes effect when RouteScope starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von RouteScope.</translation>
    </message>
</context>
<context>
    <name>rs::ui::SourceView</name>
    <message>
        <location filename="../ui/sourceview.cpp" line="37" />
        <source>Configuration source</source>
        <translation>Quelltext der Konfiguration</translation>
    </message>
</context>
</TS>