<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Document</name>
    <message>
        <location filename="../ui/document.cpp" line="67"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="76"/>
        <location filename="../ui/document.cpp" line="97"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="218"/>
        <source>No file is open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="220"/>
        <source>The file has syntax errors; fix them in a text editor, then reload</source>
        <translation>Die Datei enthält Syntaxfehler; beheben Sie sie in einem Texteditor und laden Sie neu</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="222"/>
        <source>The file is not writable</source>
        <translation>Die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="240"/>
        <source>No scope is selected</source>
        <translation>Kein Bereich ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="245"/>
        <source>This scope is in an included file, which is read-only</source>
        <translation>Dieser Bereich steht in einer eingebundenen Datei, die schreibgeschützt ist</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="247"/>
        <source>Only global and top-level Domain routes can be edited</source>
        <translation>Nur globale Routen und Routen von Domain-Bereichen der obersten Ebene sind bearbeitbar</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="302"/>
        <source>A domain name must not be empty or contain quotes</source>
        <translation>Ein Domainname darf nicht leer sein und keine Anführungszeichen enthalten</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="306"/>
        <source>The file already has a Domain scope &quot;%1&quot;</source>
        <translation>Die Datei hat bereits einen Domain-Bereich „%1“</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="315"/>
        <source>Add domain %1</source>
        <translation>Domain %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="328"/>
        <source>The global scope cannot be removed</source>
        <translation>Der globale Bereich kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="336"/>
        <source>Remove domain %1</source>
        <translation>Domain %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="386"/>
        <source>No file name to save to</source>
        <translation>Kein Dateiname zum Speichern</translation>
    </message>
    <message>
        <location filename="../ui/document.cpp" line="391"/>
        <location filename="../ui/document.cpp" line="396"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LiveText</name>
    <message>
        <location filename="../ui/livetext.cpp" line="43"/>
        <source>pref=%1 is written in entry %2 (%3)</source>
        <translation>pref=%1 steht in Eintrag %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="45"/>
        <source>entry %1 (%2) has no pref=, so its position in the list, counted from 0, gives %3</source>
        <translation>Eintrag %1 (%2) hat kein pref=, also ergibt seine Position in der Liste, ab 0 gezählt, %3</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="51"/>
        <source>the domain has no MX records, so its own address is used as an implicit MX with preference 0</source>
        <translation>die Domain hat keine MX-Einträge, also dient ihre eigene Adresse als impliziter MX mit Präferenz 0</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="52"/>
        <source>its MX record in DNS has preference %1 (entry %2, %3)</source>
        <translation>sein MX-Eintrag im DNS hat die Präferenz %1 (Eintrag %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="60"/>
        <source>pref= in entry %1</source>
        <translation>pref= in Eintrag %1</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="61"/>
        <source>position of entry %1</source>
        <translation>Position von Eintrag %1</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="62"/>
        <source>implicit MX</source>
        <translation>impliziter MX</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="62"/>
        <source>MX preference</source>
        <translation>MX-Präferenz</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="70"/>
        <source>IP literal, used as written</source>
        <translation>IP-Adresse, unverändert verwendet</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="71"/>
        <source>A/AAAA lookup (type=a)</source>
        <translation>A/AAAA-Abfrage (type=a)</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="72"/>
        <source>MX lookup</source>
        <translation>MX-Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="73"/>
        <source>implicit MX: the name has no MX records</source>
        <translation>impliziter MX: der Name hat keine MX-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="83"/>
        <source>port= of the entry</source>
        <translation>port= des Eintrags</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="85"/>
        <source>the default</source>
        <translation>dem Standardwert</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="87"/>
        <source>no Host scope limits it</source>
        <translation>kein Host-Bereich begrenzt ihn</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="89"/>
        <source>what-if override</source>
        <translation>Was-wäre-wenn-Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="95"/>
        <source>port %1 from %2</source>
        <translation>Port %1 aus %2</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="100"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="105"/>
        <source>limit %1 from %2</source>
        <translation>Limit %1 aus %2</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="111"/>
        <location filename="../ui/livetext.cpp" line="118"/>
        <source>no TTL</source>
        <translation>keine TTL</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="112"/>
        <source>TTL %1 s (ttl= of the entry)</source>
        <translation>TTL %1 s (ttl= des Eintrags)</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="112"/>
        <location filename="../ui/livetext.cpp" line="119"/>
        <source>TTL %1 s</source>
        <translation>TTL %1 s</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="119"/>
        <source>TTL %1 s (ttl=)</source>
        <translation>TTL %1 s (ttl=)</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="125"/>
        <source>usable</source>
        <translation>nutzbar</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="126"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="127"/>
        <location filename="../ui/livetext.cpp" line="138"/>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="136"/>
        <source>marked down (what-if)</source>
        <translation>als ausgefallen markiert (Was-wäre-wenn)</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="138"/>
        <source>unresolved: %1</source>
        <translation>nicht aufgelöst: %1</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="171"/>
        <source>Connection %1 waits: the domain limit of %2 connections is reached.</source>
        <translation>Verbindung %1 wartet: das Domain-Limit von %2 Verbindungen ist erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="173"/>
        <source>Connection %1 waits: there is no candidate host.</source>
        <translation>Verbindung %1 wartet: es gibt keinen Kandidaten-Host.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="184"/>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="186"/>
        <source>%1 is unresolved</source>
        <translation>%1 ist nicht aufgelöst</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="188"/>
        <source>%1 is at its limit of %2</source>
        <translation>%1 hat sein Limit von %2 erreicht</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="190"/>
        <source>preference %1 has no room (%2)</source>
        <translation>Präferenz %1 hat keinen Platz (%2)</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="190"/>
        <location filename="../ui/livetext.cpp" line="246"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="193"/>
        <source>Connection %1 waits: %2.</source>
        <translation>Verbindung %1 wartet: %2.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="193"/>
        <location filename="../ui/livetext.cpp" line="203"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="195"/>
        <source>Connection %1 goes to %2: it has the fewest connections (%3) among the usable hosts of preference %4 with room.</source>
        <translation>Verbindung %1 geht an %2: er hat die wenigsten Verbindungen (%3) unter den nutzbaren Hosts der Präferenz %4 mit freiem Platz.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="203"/>
        <source>%1; so %2</source>
        <translation>%1; also: %2</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="210"/>
        <source>The routes now come from %1 (before: %2).</source>
        <translation>Die Routen kommen jetzt aus %1 (vorher: %2).</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="212"/>
        <source>The domain limit is now %1 (before: %2).</source>
        <translation>Das Domain-Limit ist jetzt %1 (vorher: %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/livetext.cpp" line="214"/>
        <source>%n connection(s) simulated (before: %1).</source>
        <translation>
            <numerusform>%n Verbindung simuliert (vorher: %1).</numerusform>
            <numerusform>%n Verbindungen simuliert (vorher: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="233"/>
        <source>%1 is new, in preference %2.</source>
        <translation>%1 ist neu, in Präferenz %2.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="238"/>
        <source>%1 moved from preference %2 to %3.</source>
        <translation>%1 ist von Präferenz %2 nach %3 gewandert.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="240"/>
        <source>%1 now uses port %2 (before: %3).</source>
        <translation>%1 nutzt jetzt Port %2 (vorher: %3).</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="242"/>
        <source>%1 now has the limit %2 (before: %3).</source>
        <translation>%1 hat jetzt das Limit %2 (vorher: %3).</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="244"/>
        <source>%1 is now %2 (before: %3).</source>
        <translation>%1 ist jetzt %2 (vorher: %3).</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="246"/>
        <source>%1 now has the addresses %2.</source>
        <translation>%1 hat jetzt die Adressen %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/livetext.cpp" line="249"/>
        <source>%1 now gets %n connection(s) (before: %2).</source>
        <translation>
            <numerusform>%1 bekommt jetzt %n Verbindung (vorher: %2).</numerusform>
            <numerusform>%1 bekommt jetzt %n Verbindungen (vorher: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="253"/>
        <source>%1 is no longer a candidate.</source>
        <translation>%1 ist kein Kandidat mehr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/livetext.cpp" line="256"/>
        <source>%n connection(s) wait (before: %1).</source>
        <translation>
            <numerusform>%n Verbindung wartet (vorher: %1).</numerusform>
            <numerusform>%n Verbindungen warten (vorher: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="266"/>
        <source>Mail for &lt;b&gt;%1&lt;/b&gt; follows %2.</source>
        <translation>Mail für &lt;b&gt;%1&lt;/b&gt; folgt %2.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="268"/>
        <source>At most %1 connections at once (domain limit from %2).</source>
        <translation>Höchstens %1 Verbindungen gleichzeitig (Domain-Limit aus %2).</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="272"/>
        <source>The domain publishes a null MX: it accepts no mail.</source>
        <translation>Die Domain veröffentlicht einen Null-MX: sie nimmt keine Mail an.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="274"/>
        <source>No host can take mail for this domain.</source>
        <translation>Kein Host kann Mail für diese Domain annehmen.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="277"/>
        <source>Why each host sits where it does</source>
        <translation>Warum jeder Host dort steht, wo er steht</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="280"/>
        <source>preference %1, because %2.</source>
        <translation>Präferenz %1, weil %2.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="282"/>
        <source>Found by %1; %2; %3; %4.</source>
        <translation>Gefunden durch %1; %2; %3; %4.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="285"/>
        <source>Never chosen: %1.</source>
        <translation>Wird nie gewählt: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/livetext.cpp" line="290"/>
        <source>Where %n connection(s) go</source>
        <translation>
            <numerusform>Wohin %n Verbindung geht</numerusform>
            <numerusform>Wohin %n Verbindungen gehen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="294"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="297"/>
        <source>waiting: %1</source>
        <translation>wartend: %1</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="298"/>
        <source>No connection is opened.</source>
        <translation>Es wird keine Verbindung geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="300"/>
        <source>The lowest preference with a usable host below its limit takes each connection; equal preferences share evenly. The MTA picks at random among those hosts, so these counts are the expected spread.</source>
        <translation>Jede Verbindung geht an die niedrigste Präferenz mit einem nutzbaren Host unter seinem Limit; gleiche Präferenzen teilen sich gleichmäßig. Der MTA wählt unter diesen Hosts zufällig, die Zahlen sind also die zu erwartende Verteilung.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="305"/>
        <source>Since the last edit</source>
        <translation>Seit der letzten Änderung</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="307"/>
        <source>First answer for this domain.</source>
        <translation>Erste Antwort für diese Domain.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="309"/>
        <source>Nothing changed for this domain.</source>
        <translation>Für diese Domain hat sich nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/livetext.cpp" line="318"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Editor for Momentum MTA outbound routing.</source>
        <translation type="vanished">Editor für das ausgehende Routing des Momentum MTA.</translation>
    </message>
    <message>
        <source>ecelerity.conf file to open.</source>
        <translation type="vanished">Zu öffnende ecelerity.conf-Datei.</translation>
    </message>
    <message>
        <source>Offline DNS zone file for the live panel.</source>
        <translation type="vanished">Offline-DNS-Zonendatei für das Live-Panel.</translation>
    </message>
    <message>
        <source>DNS server for the live panel.</source>
        <translation type="vanished">DNS-Server für das Live-Panel.</translation>
    </message>
</context>
<context>
    <name>rs::ui::DiffDialog</name>
    <message>
        <location filename="../ui/diffdialog.cpp" line="55"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/diffdialog.cpp" line="57"/>
        <source>These lines of %1 will change. Everything else is written back byte for byte.</source>
        <translation>Diese Zeilen von %1 ändern sich. Alles andere wird Byte für Byte zurückgeschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/diffdialog.cpp" line="65"/>
        <source>Changes to save</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/diffdialog.cpp" line="67"/>
        <source>(no changes)</source>
        <translation>(keine Änderungen)</translation>
    </message>
</context>
<context>
    <name>rs::ui::HelpDialog</name>
    <message>
        <location filename="../ui/helpdialog.cpp" line="12"/>
        <source>How MX routing works</source>
        <translation>Wie MX-Routing funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="15"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="31"/>
        <source>Which scope decides</source>
        <translation>Welcher Bereich entscheidet</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="32"/>
        <source>For a recipient domain, Momentum looks at the Domain scope with exactly that name, then the regex Domain scopes in the order they are written, then the global scope. The first of them that sets Routes or Gateway decides. When none does, mail goes to the domain&apos;s own MX hosts.</source>
        <translation>Für eine Empfängerdomain prüft Momentum zuerst den Domain-Bereich mit genau diesem Namen, dann die Regex-Domain-Bereiche in der Reihenfolge, in der sie geschrieben sind, dann den globalen Bereich. Der erste davon, der Routes oder Gateway setzt, entscheidet. Setzt keiner etwas, geht die Mail an die eigenen MX-Hosts der Domain.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="35"/>
        <source>Route entries</source>
        <translation>Routeneinträge</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="36"/>
        <source>&lt;b&gt;__mx__&lt;/b&gt; means the recipient domain&apos;s MX records. A host name is looked up by MX, falling back to its A/AAAA records; &lt;b&gt;type=a&lt;/b&gt; asks for addresses only. An IP address is used as it is. A URI such as &lt;tt&gt;smtp://relay.example.net?pref=10&amp;amp;port=2525&lt;/tt&gt; sets the preference, TTL, port and lookup type of one entry.</source>
        <translation>&lt;b&gt;__mx__&lt;/b&gt; steht für die MX-Einträge der Empfängerdomain. Ein Hostname wird per MX aufgelöst, ersatzweise über seine A/AAAA-Einträge; &lt;b&gt;type=a&lt;/b&gt; verlangt nur Adressen. Eine IP-Adresse wird unverändert verwendet. Eine URI wie &lt;tt&gt;smtp://relay.example.net?pref=10&amp;amp;port=2525&lt;/tt&gt; setzt Präferenz, TTL, Port und Abfragetyp eines Eintrags.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="40"/>
        <source>Preferences</source>
        <translation>Präferenzen</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="41"/>
        <source>Every candidate host gets one number; lower is tried first and equal numbers share the load. An entry with &lt;b&gt;pref=&lt;/b&gt; gives that number to every host it yields, &lt;b&gt;__mx__&lt;/b&gt; hosts keep their DNS MX preference, and an entry without pref= gets its position in the list (0, 1, 2, ...). RouteScope chose this last reading where the documentation is silent and warns where it reorders what the list suggests.</source>
        <translation>Jeder Kandidat erhält eine Zahl; kleinere Zahlen werden zuerst versucht, gleiche teilen sich die Last. Ein Eintrag mit &lt;b&gt;pref=&lt;/b&gt; gibt diese Zahl jedem Host, den er liefert, &lt;b&gt;__mx__&lt;/b&gt;-Hosts behalten ihre DNS-MX-Präferenz, und ein Eintrag ohne pref= erhält seine Position in der Liste (0, 1, 2, ...). Diese letzte Lesart hat RouteScope gewählt, wo die Dokumentation schweigt, und warnt, wo sie die Reihenfolge der Liste umstellt.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="46"/>
        <source>Ports and limits</source>
        <translation>Ports und Limits</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="47"/>
        <source>The port is the entry&apos;s port=, else Remote_SMTP_Port of the domain scope, else the global one, else 25. Max_Outbound_Connections of the domain (else global, else 32) caps the connections to the whole domain; in a Host scope it caps one host.</source>
        <translation>Der Port ist port= des Eintrags, sonst Remote_SMTP_Port des Domain-Bereichs, sonst der globale Wert, sonst 25. Max_Outbound_Connections der Domain (sonst global, sonst 32) begrenzt die Verbindungen zur ganzen Domain; in einem Host-Bereich begrenzt es einen Host.</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="50"/>
        <source>Which host gets the next connection</source>
        <translation>Welcher Host die nächste Verbindung erhält</translation>
    </message>
    <message>
        <location filename="../ui/helpdialog.cpp" line="51"/>
        <source>Each connection goes to the lowest preference tier that has a reachable host below its limit, to the host of that tier with the fewest connections. A higher tier is used only when every host of the lower one is down or full. The running MTA picks at random among the hosts of a tier; RouteScope shows the expected spread.</source>
        <translation>Jede Verbindung geht an die niedrigste Präferenzstufe mit einem erreichbaren Host unter seinem Limit, und dort an den Host mit den wenigsten Verbindungen. Eine höhere Stufe wird erst genutzt, wenn alle Hosts der niedrigeren ausgefallen oder voll sind. Der laufende MTA wählt innerhalb einer Stufe zufällig; RouteScope zeigt die erwartete Verteilung.</translation>
    </message>
</context>
<context>
    <name>rs::ui::HostCard</name>
    <message>
        <location filename="../ui/tierview.cpp" line="51"/>
        <source>preference %1</source>
        <translation>Präferenz %1</translation>
    </message>
    <message>
        <location filename="../ui/tierview.cpp" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Preference %2: %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;%6&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Präferenz %2: %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;%6&lt;br&gt;%7</translation>
    </message>
    <message>
        <location filename="../ui/tierview.cpp" line="63"/>
        <source>Click or press Space to bring it back up.</source>
        <translation>Klicken oder Leertaste drücken, um ihn wieder verfügbar zu machen.</translation>
    </message>
    <message>
        <location filename="../ui/tierview.cpp" line="64"/>
        <source>Click or press Space to mark it down.</source>
        <translation>Klicken oder Leertaste drücken, um ihn als ausgefallen zu markieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tierview.cpp" line="82"/>
        <source>+%n more address(es)</source>
        <translation>
            <numerusform>+%n weitere Adresse</numerusform>
            <numerusform>+%n weitere Adressen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tierview.cpp" line="84"/>
        <source>no addresses</source>
        <translation>keine Adressen</translation>
    </message>
    <message>
        <location filename="../ui/tierview.cpp" line="86"/>
        <source>port %1 · %2</source>
        <translation>Port %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tierview.cpp" line="87"/>
        <source>limit %1 · %2</source>
        <translation>Limit %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tierview.cpp" line="90"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tierview.cpp" line="103"/>
        <location filename="../ui/tierview.cpp" line="150"/>
        <source>▶ next</source>
        <translation>▶ nächste</translation>
    </message>
    <message>
        <location filename="../ui/tierview.cpp" line="152"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
</context>
<context>
    <name>rs::ui::LiveCandidateModel</name>
    <message>
        <location filename="../ui/livecandidatemodel.cpp" line="59"/>
        <source>%1 (next)</source>
        <translation>%1 (nächste)</translation>
    </message>
    <message>
        <location filename="../ui/livecandidatemodel.cpp" line="61"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/livecandidatemodel.cpp" line="107"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/livecandidatemodel.cpp" line="108"/>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <location filename="../ui/livecandidatemodel.cpp" line="109"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../ui/livecandidatemodel.cpp" line="110"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/livecandidatemodel.cpp" line="111"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../ui/livecandidatemodel.cpp" line="112"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../ui/livecandidatemodel.cpp" line="113"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/livecandidatemodel.cpp" line="114"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>rs::ui::LivePanel</name>
    <message>
        <location filename="../ui/livepanel.cpp" line="62"/>
        <source>Candidate hosts by preference</source>
        <translation>Kandidaten-Hosts nach Präferenz</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="66"/>
        <source>Candidate hosts</source>
        <translation>Kandidaten-Hosts</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="71"/>
        <source>T&amp;able</source>
        <translation>Tab&amp;elle</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="74"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="90"/>
        <source>Select a domain scope or type a recipient domain.</source>
        <translation>Wählen Sie einen Domain-Bereich oder geben Sie eine Empfängerdomain ein.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="109"/>
        <source>Recipient domain to resolve</source>
        <translation>Aufzulösende Empfängerdomain</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="111"/>
        <source>Do&amp;main:</source>
        <translation>Do&amp;main:</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="115"/>
        <source>Resolve through</source>
        <translation>Auflösen über</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="116"/>
        <source>Offline zone</source>
        <translation>Offline-Zone</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="117"/>
        <source>DNS (c-ares)</source>
        <translation>DNS (c-ares)</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="118"/>
        <source>&amp;Through:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="121"/>
        <source>Resolve the domain again now</source>
        <translation>Die Domain jetzt neu auflösen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="124"/>
        <source>Resolution progress</source>
        <translation>Fortschritt der Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="126"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="146"/>
        <source>Number of connections to simulate</source>
        <translation>Anzahl zu simulierender Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="148"/>
        <source>domain limit</source>
        <translation>Domain-Limit</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="154"/>
        <source>Host for what-if settings</source>
        <translation>Host für Was-wäre-wenn-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="160"/>
        <source>Mark the host down</source>
        <translation>Den Host als ausgefallen markieren</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="161"/>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="162"/>
        <source>Override the host&apos;s connection limit</source>
        <translation>Das Verbindungslimit des Hosts überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="165"/>
        <source>Connection limit of the host</source>
        <translation>Verbindungslimit des Hosts</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="167"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="191"/>
        <source>Show the state before the first connection</source>
        <translation>Den Zustand vor der ersten Verbindung zeigen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="193"/>
        <source>Show one connection less</source>
        <translation>Eine Verbindung weniger zeigen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="194"/>
        <source>Open the next connection</source>
        <translation>Die nächste Verbindung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="63"/>
        <source>T&amp;iers</source>
        <translation>S&amp;tufen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="120"/>
        <source>Resolve &amp;Now</source>
        <translation>&amp;Jetzt auflösen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="150"/>
        <source>&amp;Connections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="157"/>
        <source>Ho&amp;st:</source>
        <translation>Ho&amp;st:</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="159"/>
        <source>&amp;Down</source>
        <translation>Aus&amp;gefallen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="170"/>
        <source>Reset &amp;what-if</source>
        <translation>Was-wäre-wenn &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="191"/>
        <source>First</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="193"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="194"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="195"/>
        <source>Show all simulated connections</source>
        <translation>Alle simulierten Verbindungen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="195"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="313"/>
        <source>A domain that matches %1</source>
        <translation>Eine Domain, die auf %1 passt</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="315"/>
        <source>Any recipient domain, e.g. example.com</source>
        <translation>Irgendeine Empfängerdomain, z. B. example.com</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="317"/>
        <source>A recipient domain</source>
        <translation>Eine Empfängerdomain</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="374"/>
        <source>No zone file is set: choose one in Settings, or resolve through DNS.</source>
        <translation>Keine Zonendatei gesetzt: wählen Sie eine in den Einstellungen, oder lösen Sie über DNS auf.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="415"/>
        <source>Open a configuration to see where its mail goes.</source>
        <translation>Öffnen Sie eine Konfiguration, um zu sehen, wohin ihre Mail geht.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="416"/>
        <source>Type a recipient domain to see where its mail goes.</source>
        <translation>Geben Sie eine Empfängerdomain ein, um zu sehen, wohin ihre Mail geht.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="435"/>
        <source>Resolving %1 through %2…</source>
        <translation>Löse %1 über %2 auf …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/livepanel.cpp" line="631"/>
        <source>All %n connection(s) shown.</source>
        <translation>
            <numerusform>Die %n Verbindung wird gezeigt.</numerusform>
            <numerusform>Alle %n Verbindungen werden gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="632"/>
        <source>The next connection goes to %1 (marked ▶).</source>
        <translation>Die nächste Verbindung geht an %1 (mit ▶ markiert).</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="633"/>
        <source>A new connection would wait.</source>
        <translation>Eine neue Verbindung würde warten.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="640"/>
        <source>Connection %1 of %2</source>
        <translation>Verbindung %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="642"/>
        <source>No connection is open yet; the first goes to %1.</source>
        <translation>Noch ist keine Verbindung offen; die erste geht an %1.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="643"/>
        <source>No connection is open yet; the first would wait.</source>
        <translation>Noch ist keine Verbindung offen; die erste würde warten.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="656"/>
        <source>%1 publishes a null MX: it accepts no mail.</source>
        <translation>%1 veröffentlicht einen Null-MX: sie nimmt keine Mail an.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="657"/>
        <source>No host can take mail for %1.</source>
        <translation>Kein Host kann Mail für %1 annehmen.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="675"/>
        <source>%1 follows %2.</source>
        <translation>%1 folgt %2.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="682"/>
        <source>The selected scope does not decide this domain.</source>
        <translation>Der gewählte Bereich entscheidet nicht über diese Domain.</translation>
    </message>
    <message>
        <location filename="../ui/livepanel.cpp" line="685"/>
        <source>Resolved through %1.</source>
        <translation>Aufgelöst über %1.</translation>
    </message>
</context>
<context>
    <name>rs::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>&amp;Reload from Disk</source>
        <translation>Von der Platte &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>&amp;Keep My Version</source>
        <translation>Meine Version &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>Updating the routing model…</source>
        <translation>Routing-Modell wird aktualisiert …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>%1 changed on disk. Reloading discards your unsaved edits.</source>
        <translation>%1 wurde auf der Platte geändert. Neu laden verwirft Ihre ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>%1 changed on disk.</source>
        <translation>%1 wurde auf der Platte geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>Filter scopes</source>
        <translation>Bereiche filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Filter scopes by name</source>
        <translation>Bereiche nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Only scopes with &amp;problems</source>
        <translation>Nur Bereiche mit &amp;Problemen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Routing scopes</source>
        <translation>Routing-Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <location filename="../ui/mainwindow.cpp" line="428"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Discard your unsaved edits and read the file again?</source>
        <translation>Ungespeicherte Änderungen verwerfen und die Datei neu lesen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Add &amp;Domain Scope...</source>
        <translation>&amp;Domain-Bereich hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Remove Domain S&amp;cope</source>
        <translation>Domain-Bereich &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>&amp;Find Scope</source>
        <translation>Bereich &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>&amp;Resolve a Domain...</source>
        <translation>Domain a&amp;uflösen ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen ...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>How MX &amp;Routing Works</source>
        <translation>Wie MX-&amp;Routing funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>&amp;About RouteScope</source>
        <translation>Ü&amp;ber RouteScope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>&amp;Scopes</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>&amp;Live Panel</source>
        <translation>&amp;Live-Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>Open Configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <location filename="../ui/mainwindow.cpp" line="676"/>
        <source>Momentum configuration (*.conf);;All files (*)</source>
        <translation>Momentum-Konfiguration (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>Opened %1: %n scope(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Bereich</numerusform>
            <numerusform>%1 geöffnet: %n Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="599"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="599"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="624"/>
        <source>Add Domain Scope</source>
        <translation>Domain-Bereich hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="625"/>
        <source>Domain name, or /regex/ for a pattern:</source>
        <translation>Domainname oder /Regex/ für ein Muster:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="646"/>
        <source>Remove Domain Scope</source>
        <translation>Domain-Bereich entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>Remove the Domain scope &quot;%1&quot; and everything in it?</source>
        <translation>Den Domain-Bereich „%1“ mit seinem ganzen Inhalt entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="666"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="675"/>
        <source>Save Configuration As</source>
        <translation>Konfiguration speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="681"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="726"/>
        <source>About RouteScope</source>
        <translation>Über RouteScope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>&lt;h3&gt;RouteScope %1&lt;/h3&gt;&lt;p&gt;Edits the outbound routing of the Momentum MTA (Routes, Gateway, Remote_SMTP_Port, Max_Outbound_Connections) without disturbing the rest of the file, and shows what the MTA would do with it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RouteScope %1&lt;/h3&gt;&lt;p&gt;Bearbeitet das ausgehende Routing des Momentum MTA (Routes, Gateway, Remote_SMTP_Port, Max_Outbound_Connections), ohne den Rest der Datei anzutasten, und zeigt, was der MTA damit tun würde.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rs::ui::ProblemsModel</name>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="48"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="50"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="54"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="83"/>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="116"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="118"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="120"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="122"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>rs::ui::RouteDelegate</name>
    <message>
        <location filename="../ui/routedelegate.cpp" line="56"/>
        <source>by position</source>
        <translation>nach Position</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="56"/>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="58"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="58"/>
        <source>TTL in seconds</source>
        <translation>TTL in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="60"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="60"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="63"/>
        <source>Lookup type</source>
        <translation>Abfragetyp</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="64"/>
        <source>default (MX, then A)</source>
        <translation>Standard (MX, dann A)</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="65"/>
        <source>mx</source>
        <translation>mx</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="66"/>
        <source>a (addresses only)</source>
        <translation>a (nur Adressen)</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="71"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/routedelegate.cpp" line="78"/>
        <source>Route entry</source>
        <translation>Routeneintrag</translation>
    </message>
</context>
<context>
    <name>rs::ui::RoutePane</name>
    <message>
        <location filename="../ui/routepane.cpp" line="44"/>
        <source>&amp;Add Route...</source>
        <translation>Route &amp;hinzufügen ...</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="45"/>
        <source>&amp;Remove Route</source>
        <translation>Route &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="46"/>
        <source>D&amp;uplicate Route</source>
        <translation>Route &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="47"/>
        <source>Move Route &amp;Up</source>
        <translation>Route nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="48"/>
        <source>Move Route Do&amp;wn</source>
        <translation>Route nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="49"/>
        <source>&amp;Override Here</source>
        <translation>Hier ü&amp;berschreiben</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="57"/>
        <source>Route table status</source>
        <translation>Status der Routentabelle</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="60"/>
        <source>Routes of the selected scope</source>
        <translation>Routen des ausgewählten Bereichs</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="160"/>
        <source>Add Route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="161"/>
        <source>Route entry: __mx__, a host name, an IP address or smtp://host?pref=10&amp;port=25&amp;type=a</source>
        <translation>Routeneintrag: __mx__, ein Hostname, eine IP-Adresse oder smtp://host?pref=10&amp;port=25&amp;type=a</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="174"/>
        <source>No scope selected</source>
        <translation>Kein Bereich ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/routepane.cpp" line="177"/>
        <source>Global scope</source>
        <translation>Globaler Bereich</translation>
    </message>
</context>
<context>
    <name>rs::ui::RouteTableModel</name>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="36"/>
        <source>default</source>
        <comment>route lookup type</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="134"/>
        <location filename="../ui/routetablemodel.cpp" line="147"/>
        <source>the global scope</source>
        <translation>dem globalen Bereich</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="140"/>
        <source>Select a scope to see its routes.</source>
        <translation>Wählen Sie einen Bereich, um seine Routen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="144"/>
        <source>Host scopes set no routes; their Max_Outbound_Connections limits each host.</source>
        <translation>Host-Bereiche setzen keine Routen; ihr Max_Outbound_Connections begrenzt jeden Host.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="148"/>
        <source>No routes here: mail for this domain follows the routes of %1 (shown read-only). Use &quot;Override here&quot; to give it its own list.</source>
        <translation>Hier sind keine Routen gesetzt: Mail für diese Domain folgt den Routen von %1 (schreibgeschützt angezeigt). Mit „Hier überschreiben“ erhält sie eine eigene Liste.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="153"/>
        <source>No routes anywhere: mail goes to each recipient domain&apos;s own MX hosts (__mx__).</source>
        <translation>Nirgends sind Routen gesetzt: Mail geht an die eigenen MX-Hosts jeder Empfängerdomain (__mx__).</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="154"/>
        <source>This scope sets no routes.</source>
        <translation>Dieser Bereich setzt keine Routen.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="158"/>
        <source>Gateway: every message goes to this host, like a one-entry route list. Gateway is shown, not edited; add routes to override it.</source>
        <translation>Gateway: Jede Nachricht geht an diesen Host, wie bei einer Routenliste mit einem Eintrag. Gateway wird angezeigt, nicht bearbeitet; Routen überschreiben es.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="161"/>
        <source>This scope sets both Routes and Gateway; RouteScope assumes Routes wins.</source>
        <translation>Dieser Bereich setzt Routes und Gateway; RouteScope nimmt an, dass Routes gilt.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="163"/>
        <source>Routes in binding scopes are not documented by Momentum; shown read-only.</source>
        <translation>Routen in Binding-Bereichen dokumentiert Momentum nicht; sie werden schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="199"/>
        <source>Remote_SMTP_Port of this scope</source>
        <translation>Remote_SMTP_Port dieses Bereichs</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="203"/>
        <source>global Remote_SMTP_Port</source>
        <translation>globalen Remote_SMTP_Port</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="206"/>
        <source>default SMTP port</source>
        <translation>Standard-SMTP-Port</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="217"/>
        <source>MX of the recipient domain</source>
        <translation>MX der Empfängerdomain</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="221"/>
        <source>(invalid)</source>
        <translation>(ungültig)</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="227"/>
        <location filename="../ui/routetablemodel.cpp" line="232"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="228"/>
        <source>%1 (position)</source>
        <translation>%1 (Position)</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="243"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="324"/>
        <source>No pref=: the preference is the entry&apos;s position in the list (%1).</source>
        <translation>Kein pref=: Die Präferenz ist die Position des Eintrags in der Liste (%1).</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="329"/>
        <source>Port %1 from the %2.</source>
        <translation>Port %1 aus %2.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="332"/>
        <source>Inherited; use &quot;Override here&quot; to edit.</source>
        <translation>Geerbt; zum Bearbeiten „Hier überschreiben“ verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="401"/>
        <source>A route entry must not be empty or contain quotes.</source>
        <translation>Ein Routeneintrag darf nicht leer sein und keine Anführungszeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="410"/>
        <source>&quot;%1&quot; is not a host name or an IP address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="417"/>
        <source>A preference is between 0 and 65535.</source>
        <translation>Eine Präferenz liegt zwischen 0 und 65535.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="431"/>
        <source>A port is between 1 and 65535.</source>
        <translation>Ein Port liegt zwischen 1 und 65535.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="450"/>
        <source>Set routes of %1</source>
        <translation>Routen von %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="458"/>
        <source>The file is still being updated; make the edit again in a moment.</source>
        <translation>Die Datei wird noch aktualisiert; nehmen Sie die Änderung gleich noch einmal vor.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="478"/>
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/routetablemodel.cpp" line="491"/>
        <source>Remove %n route(s)</source>
        <translation>
            <numerusform>%n Route entfernen</numerusform>
            <numerusform>%n Routen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="501"/>
        <source>Duplicate route</source>
        <translation>Route duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="511"/>
        <source>Move route up</source>
        <translation>Route nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="511"/>
        <source>Move route down</source>
        <translation>Route nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="537"/>
        <source>Move route</source>
        <translation>Route verschieben</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="546"/>
        <source>Override routes in %1</source>
        <translation>Routen in %1 überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="553"/>
        <source>Clear routes of %1</source>
        <translation>Routen von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="563"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="565"/>
        <source>Pref</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="567"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="569"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="571"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="573"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="581"/>
        <source>Preference: lower is tried first; equal values share the load</source>
        <translation>Präferenz: kleinere Werte zuerst, gleiche teilen sich die Last</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="583"/>
        <source>Seconds the resolved addresses are kept; DNS when not set</source>
        <translation>Sekunden, die aufgelöste Adressen gelten; ohne Angabe aus dem DNS</translation>
    </message>
    <message>
        <location filename="../ui/routetablemodel.cpp" line="585"/>
        <source>default and mx: MX lookup falling back to A/AAAA; a: A/AAAA only</source>
        <translation>Standard und mx: MX-Abfrage, ersatzweise A/AAAA; a: nur A/AAAA</translation>
    </message>
</context>
<context>
    <name>rs::ui::ScopeTreeModel</name>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="37"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="39"/>
        <source>Bindings</source>
        <translation>Bindings</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="41"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="196"/>
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="219"/>
        <location filename="../ui/scopetreemodel.cpp" line="259"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="232"/>
        <source>Global scope</source>
        <translation>Globaler Bereich</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="234"/>
        <source>Sets Routes (%n entries)</source>
        <translation>
            <numerusform>Setzt Routes (%n Eintrag)</numerusform>
            <numerusform>Setzt Routes (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="236"/>
        <source>Sets Gateway</source>
        <translation>Setzt Gateway</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="238"/>
        <source>Sets no routes: falls back to the next matching scope</source>
        <translation>Setzt keine Routen: der nächste passende Bereich gilt</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="240"/>
        <source>Max_Outbound_Connections = %1</source>
        <translation>Max_Outbound_Connections = %1</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="242"/>
        <source>Remote_SMTP_Port = %1</source>
        <translation>Remote_SMTP_Port = %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="244"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scopetreemodel.cpp" line="244"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="246"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="273"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/scopetreemodel.cpp" line="273"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
</context>
<context>
    <name>rs::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="27"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="30"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="36"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="39"/>
        <source>A new language takes effect when RouteScope starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von RouteScope.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="44"/>
        <source>&lt;b&gt;Live panel&lt;/b&gt;</source>
        <translation>&lt;b&gt;Live-Ansicht&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source>Resolve the live panel through</source>
        <translation>Die Live-Ansicht auflösen über</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="47"/>
        <source>Offline zone file</source>
        <translation>Offline-Zonendatei</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>DNS server (c-ares)</source>
        <translation>DNS-Server (c-ares)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="50"/>
        <source>Resolve &amp;through:</source>
        <translation>Auflösen ü&amp;ber:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="54"/>
        <source>Zone file</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen ...</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="58"/>
        <source>Zone File</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="59"/>
        <source>Zone files (*.zone *.test *.db);;All files (*)</source>
        <translation>Zonendateien (*.zone *.test *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="66"/>
        <source>&amp;Zone file:</source>
        <translation>&amp;Zonendatei:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="70"/>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="71"/>
        <source>System resolver</source>
        <translation>Resolver des Systems</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="73"/>
        <source>host or host:port, e.g. 127.0.0.1:5353; empty uses the system&apos;s resolver</source>
        <translation>Host oder Host:Port, z. B. 127.0.0.1:5353; leer nutzt den Resolver des Systems</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="74"/>
        <source>DNS &amp;server:</source>
        <translation>DNS-Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="78"/>
        <source>DNS timeout</source>
        <translation>DNS-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="81"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>DNS time&amp;out per try:</source>
        <translation>Zeit&amp;limit je Versuch:</translation>
    </message>
</context>
<context>
    <name>rs::ui::SourceView</name>
    <message>
        <location filename="../ui/sourceview.cpp" line="37"/>
        <source>Configuration source</source>
        <translation>Quelltext der Konfiguration</translation>
    </message>
</context>
<context>
    <name>rs::ui::TierView</name>
    <message>
        <location filename="../ui/tierview.cpp" line="270"/>
        <source>&lt;b&gt;Preference %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Präferenz %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/tierview.cpp" line="271"/>
        <source>Preference %1</source>
        <translation>Präferenz %1</translation>
    </message>
    <message>
        <location filename="../ui/tierview.cpp" line="289"/>
        <source>&lt;b&gt;Waiting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wartend&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tierview.cpp" line="322"/>
        <source>%n connection(s) wait.</source>
        <translation>
            <numerusform>%n Verbindung wartet.</numerusform>
            <numerusform>%n Verbindungen warten.</numerusform>
        </translation>
    </message>
</context>
</TS>
