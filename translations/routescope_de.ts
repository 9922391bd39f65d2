<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DiagnosticText</name>
    <message>
        <location filename="../ui/editor/diagnostictext.cpp" line="+12"/>
        <source>a quoted string</source>
        <translation>eine Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a word</source>
        <translation>ein Wort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text</source>
        <extracomment>what the parser found where it expected something else</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a FIFO (named pipe)</source>
        <translation>eine FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>block comment is not closed: missing &apos;*/&apos;</source>
        <translation>Blockkommentar ist nicht geschlossen: &apos;*/&apos; fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-break space (U+00A0) used as a blank; the MTA may not accept it</source>
        <translation>geschütztes Leerzeichen (U+00A0) als Leerzeichen verwendet; der MTA akzeptiert es womöglich nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typographic quotes (“ ”) instead of &quot; (pasted from a document?)</source>
        <translation>typografische Anführungszeichen (“ ”) statt &quot; (aus einem Dokument eingefügt?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>string is not closed: missing &apos;&quot;&apos;</source>
        <translation>Zeichenkette ist nicht geschlossen: &apos;&quot;&apos; fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scope &apos;%1&apos; is not closed: missing &apos;}&apos;</source>
        <extracomment>%1: the start of the scope as written, e.g. Domain &quot;example.com&quot;</extracomment>
        <translation>Bereich &apos;%1&apos; ist nicht geschlossen: &apos;}&apos; fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block is not closed: missing &apos;}&apos;</source>
        <translation>Block ist nicht geschlossen: &apos;}&apos; fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list is not closed: missing &apos;)&apos;</source>
        <translation>Liste ist nicht geschlossen: &apos;)&apos; fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hash is not closed: missing &apos;]&apos;</source>
        <translation>Hash ist nicht geschlossen: &apos;]&apos; fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbalanced &apos;}&apos;: no scope is open here</source>
        <translation>überzähliges &apos;}&apos;: hier ist kein Bereich offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{&apos; without a scope name before it</source>
        <translation>&apos;{&apos; ohne Bereichsnamen davor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected %1; expected an option or a scope</source>
        <extracomment>%1: what was found: a character in quotes, &quot;a word&quot;, &quot;a quoted string&quot;...</extracomment>
        <translation>unerwartet: %1; erwartet wird eine Option oder ein Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &apos;=&apos; or &apos;{&apos; after &apos;%1&apos;, found %2</source>
        <extracomment>%1: a word of the file; %2: what followed it (&quot;a word&quot;, &quot;&apos;(&apos;&quot;...)</extracomment>
        <translation>nach &apos;%1&apos; wird &apos;=&apos; oder &apos;{&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected %1 in a list</source>
        <translation>unerwartet in einer Liste: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected %1 in a hash</source>
        <extracomment>a hash: a [ ... ] block of key = value pairs in the configuration</extracomment>
        <translation>unerwartet in einem Hash: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;=&apos; before &apos;{&apos;: &apos;%1&apos; is a scope and is written without &apos;=&apos;</source>
        <translation>&apos;=&apos; vor &apos;{&apos;: &apos;%1&apos; ist ein Bereich und wird ohne &apos;=&apos; geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option &apos;%1&apos; has no value</source>
        <translation>Option &apos;%1&apos; hat keinen Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>included file &apos;%1&apos; does not exist</source>
        <translation>eingebundene Datei &apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>includes nested deeper than %1 levels are not followed (&apos;%2&apos; is not read)</source>
        <extracomment>%1: a number of levels; %2: a file</extracomment>
        <translation>Includes, die tiefer als %1 Ebenen verschachtelt sind, werden nicht verfolgt (&apos;%2&apos; wird nicht gelesen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; includes itself; not followed</source>
        <translation>&apos;%1&apos; bindet sich selbst ein; nicht verfolgt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is already included (at %2:%3); each file is read once, so this include adds nothing</source>
        <extracomment>%1: the file included again; %2:%3 file and line where it was first included</extracomment>
        <translation>&apos;%1&apos; ist bereits eingebunden (in %2:%3); jede Datei wird nur einmal gelesen, dieses Include fügt also nichts hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the file opened; each file is read once, so this include adds nothing</source>
        <translation>&apos;%1&apos; ist die geöffnete Datei; jede Datei wird nur einmal gelesen, dieses Include fügt also nichts hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is already included and does not read as a configuration; this include adds nothing</source>
        <translation>&apos;%1&apos; ist bereits eingebunden und liest sich nicht als Konfiguration; dieses Include fügt nichts hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 included files; &apos;%2&apos; and the includes after it are not read</source>
        <translation>mehr als %1 eingebundene Dateien; &apos;%2&apos; und die Includes danach werden nicht gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>included file &apos;%1&apos; is %2, not a regular file; not read</source>
        <extracomment>%2: &quot;a directory&quot;, &quot;a FIFO (named pipe)&quot;, &quot;a character device&quot;...</extracomment>
        <translation>eingebundene Datei &apos;%1&apos; ist %2, keine reguläre Datei; nicht gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the included files together would be over %1 with &apos;%2&apos;; it and the includes after it are not read</source>
        <extracomment>%1: a size limit such as &quot;64 MiB&quot;; %2: a file</extracomment>
        <translation>die eingebundenen Dateien wären mit &apos;%2&apos; zusammen größer als %1; sie und die Includes danach werden nicht gelesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the included files together would be over %1 with &apos;%2&apos; (%3); it and the includes after it are not read</source>
        <extracomment>%1: a size limit such as &quot;64 MiB&quot;; %2: a file; %3: its size</extracomment>
        <translation>die eingebundenen Dateien wären mit &apos;%2&apos; (%3) zusammen größer als %1; sie und die Includes danach werden nicht gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>included file &apos;%1&apos; is over %2; not read</source>
        <translation>eingebundene Datei &apos;%1&apos; ist größer als %2; nicht gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read included file &apos;%1&apos;: %2</source>
        <extracomment>%2: the operating system&apos;s reason, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>eingebundene Datei &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>included file &apos;%1&apos; does not read as a configuration (first error at line %2, column %3); it is not followed and none of its content is shown</source>
        <translation>eingebundene Datei &apos;%1&apos; liest sich nicht als Konfiguration (erster Fehler in Zeile %2, Spalte %3); sie wird nicht verfolgt, und nichts von ihrem Inhalt wird gezeigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>regular expression %1 does not compile: %2</source>
        <extracomment>%2: the regular expression library&apos;s (PCRE2) own message, in English</extracomment>
        <translation>regulärer Ausdruck %1 lässt sich nicht übersetzen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option &apos;%1&apos; is set again in the same scope (first set at line %2); this value replaces it</source>
        <translation>Option &apos;%1&apos; wird im selben Bereich erneut gesetzt (zuerst in Zeile %2); dieser Wert ersetzt den früheren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be a whole number from %2 to %3, not %4</source>
        <extracomment>%1: an option such as Max_Outbound_Connections; %4: the value written</extracomment>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be N or N/S (at most N per S seconds), not %2</source>
        <extracomment>N/S is the syntax of the option: at most N per S seconds</extracomment>
        <translation>%1 muss N oder N/S sein (höchstens N je S Sekunden), nicht %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has no pref= and gets its position %2 as preference, which is compared with the DNS preferences of __mx__; add pref= to make the order explicit</source>
        <extracomment>%1: a route entry; %2: its position in the list</extracomment>
        <translation>&apos;%1&apos; hat kein pref= und erhält seine Position %2 als Präferenz, die mit den DNS-Präferenzen von __mx__ verglichen wird; ergänzen Sie pref=, um die Reihenfolge ausdrücklich festzulegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; has no pref= and gets its position %2 as preference, which is compared with the explicit pref=%3 of &apos;%4&apos;; add pref= to make the order explicit</source>
        <extracomment>%1: a route entry; %2: its position; %3: the pref= of the entry %4</extracomment>
        <translation>&apos;%1&apos; hat kein pref= und erhält seine Position %2 als Präferenz, die mit dem ausdrücklichen pref=%3 von &apos;%4&apos; verglichen wird; ergänzen Sie pref=, um die Reihenfolge ausdrücklich festzulegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain &quot;%1&quot; has a stanza of its own, so the regex stanza %2 (line %3) that matches its name is never read for it: %4 set there does not apply to %1; set it here too if it should</source>
        <extracomment>%1: a domain; %2: a /regex/ stanza; %3: its line; %4: option names</extracomment>
        <translation>Domain &quot;%1&quot; hat einen eigenen Abschnitt, daher wird der Regex-Abschnitt %2 (Zeile %3), der auf ihren Namen passt, für sie nie gelesen: %4 von dort gilt nicht für %1; setzen Sie es auch hier, falls es gelten soll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain &quot;%1&quot; has a stanza of its own, so the regex stanza %2 (%3:%4) that matches its name is never read for it: %5 set there does not apply to %1; set it here too if it should</source>
        <extracomment>%1: a domain; %2: a /regex/ stanza; %3:%4 its file and line; %5: option names</extracomment>
        <translation>Domain &quot;%1&quot; hat einen eigenen Abschnitt, daher wird der Regex-Abschnitt %2 (%3:%4), der auf ihren Namen passt, für sie nie gelesen: %5 von dort gilt nicht für %1; setzen Sie es auch hier, falls es gelten soll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain %1 is declared again in this %2 (first at line %3); routing uses the first declaration</source>
        <extracomment>%2: the enclosing scope&apos;s keyword (Binding, Binding_Group)</extracomment>
        <translation>Domain %1 wird in diesem %2 erneut deklariert (zuerst in Zeile %3); das Routing verwendet die erste Deklaration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domain %1 is declared again (first at line %2); routing uses the first declaration</source>
        <translation>Domain %1 wird erneut deklariert (zuerst in Zeile %2); das Routing verwendet die erste Deklaration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway takes one host, not a list or hash</source>
        <translation>Gateway nimmt einen einzelnen Host, keine Liste und keinen Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a route entry must be a string, not a nested list or hash</source>
        <translation>ein Routeneintrag muss eine Zeichenkette sein, keine verschachtelte Liste und kein Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes is an empty list: this scope has no route to deliver to</source>
        <translation>Routes ist eine leere Liste: dieser Bereich hat keine Route für die Zustellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routes is documented only for domain and global scope; the MTA may ignore it in a %1 scope</source>
        <extracomment>%1: a scope keyword such as Host</extracomment>
        <translation>Routes ist nur für den Domain- und den globalen Bereich dokumentiert; in einem %1-Bereich ignoriert der MTA es womöglich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routes written directly in a %1 has no effect: routes come only from Domain stanzas and the global scope (put it in a Domain stanza inside the %1)</source>
        <extracomment>%1: Binding or Binding_Group</extracomment>
        <translation>Routes direkt in einem %1 wirkt nicht: Routen kommen nur aus Domain-Abschnitten und dem globalen Bereich (setzen Sie es in einen Domain-Abschnitt innerhalb des %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this scope sets both Routes and Gateway; RouteScope uses Routes (the documentation does not say which wins in one stanza)</source>
        <translation>dieser Bereich setzt sowohl Routes als auch Gateway; RouteScope verwendet Routes (die Dokumentation sagt nicht, was in einem Abschnitt Vorrang hat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>route entry is empty</source>
        <translation>Routeneintrag ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route entry contains a space or a quote</source>
        <translation>Routeneintrag enthält ein Leerzeichen oder ein Anführungszeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route entry has no host</source>
        <translation>Routeneintrag hat keinen Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6 address is missing its closing &apos;]&apos;</source>
        <translation>der IPv6-Adresse fehlt die schließende &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation>&apos;%1&apos; ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an IPv6 address in a route must be written in brackets: [%1]</source>
        <translation>eine IPv6-Adresse in einer Route muss in eckigen Klammern stehen: [%1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid IPv4 address</source>
        <translation>&apos;%1&apos; ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected &apos;%1&apos; after the IPv6 address</source>
        <translation>unerwartetes &apos;%1&apos; nach der IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>&apos;%1&apos; ist kein gültiger Hostname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port &apos;%1&apos; is not a number from %2 to %3</source>
        <translation>Port &apos;%1&apos; ist keine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port given as host:port; write smtp://%1?port=%2 as the documentation shows</source>
        <translation>Port als host:port angegeben; schreiben Sie smtp://%1?port=%2, wie es die Dokumentation zeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port given as host:port; the documentation only shows ?port=%1</source>
        <translation>Port als host:port angegeben; die Dokumentation zeigt nur ?port=%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is given more than once; the last one is used</source>
        <extracomment>%1: a query key of a route entry: pref, ttl, port or type</extracomment>
        <translation>&apos;%1&apos; ist mehrfach angegeben; die letzte Angabe gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port given both as host:port and as port=; port=%1 is used</source>
        <translation>Port sowohl als host:port als auch als port= angegeben; port=%1 gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pref &apos;%1&apos; is not a number from %2 to %3</source>
        <translation>pref &apos;%1&apos; ist keine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ttl &apos;%1&apos; is not a number of seconds from %2 to %3</source>
        <translation>ttl &apos;%1&apos; ist keine Sekundenzahl von %2 bis %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type &apos;%1&apos; is neither &apos;mx&apos; nor &apos;a&apos;</source>
        <translation>type &apos;%1&apos; ist weder &apos;mx&apos; noch &apos;a&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown query key &apos;%1&apos; is ignored (known: pref, ttl, port, type)</source>
        <translation>unbekannter Abfrageschlüssel &apos;%1&apos; wird ignoriert (bekannt: pref, ttl, port, type)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; routes are listed but not resolved or simulated</source>
        <extracomment>%1: a URI scheme such as lmtp</extracomment>
        <translation>&apos;%1&apos;-Routen werden aufgeführt, aber weder aufgelöst noch simuliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type= has no effect on an IP address</source>
        <translation>type= wirkt bei einer IP-Adresse nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>query options need the smtp:// form, e.g. smtp://%1</source>
        <translation>Abfrageoptionen brauchen die Form smtp://, z. B. smtp://%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail, so __mx__ yields no host</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): sie nimmt keine Mail an, daher liefert __mx__ keinen Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MX host %1 (DNS preference %2) is tried before %3 (pref=%4) although the list puts %3 first</source>
        <extracomment>%1: an MX host; %2: its DNS preference; %3: a host of the route list; %4: its pref=</extracomment>
        <translation>MX-Host %1 (DNS-Präferenz %2) wird vor %3 (pref=%4) versucht, obwohl die Liste %3 zuerst nennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 &apos;%2&apos; is invalid and is skipped</source>
        <extracomment>%1: the entry&apos;s number in the list, from 1; %2: the entry as written</extracomment>
        <translation>Eintrag %1 &apos;%2&apos; ist ungültig und wird übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %1 &apos;%2&apos; uses %3 and is listed, not simulated</source>
        <extracomment>%1: the entry&apos;s number, from 1; %2: the entry; %3: its scheme, e.g. lmtp</extracomment>
        <translation>Eintrag %1 &apos;%2&apos; verwendet %3 und wird aufgeführt, aber nicht simuliert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolved through the zone file %1</source>
        <extracomment>%1: the names of offline zone files</extracomment>
        <translation>aufgelöst über die Zonendatei %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolved through DNS (c-ares, the system&apos;s servers)</source>
        <translation>aufgelöst über DNS (c-ares, Server des Systems)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved through DNS (c-ares) at %1</source>
        <extracomment>%1: DNS servers as address:port</extracomment>
        <translation>aufgelöst über DNS (c-ares) bei %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <extracomment>the mildest severity of a diagnostic</extracomment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 [%3]</source>
        <extracomment>%1 severity, %2 the diagnostic, %3 its code (as in the CLI&apos;s output)</extracomment>
        <translation>%1: %2 [%3]</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../ui/document/document.cpp" line="+43"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <location filename="../ui/document/documenttext.cpp" line="+22"/>
        <source>No file is open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routing model is being updated; try again in a moment</source>
        <translation>Das Routing-Modell wird aktualisiert; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has syntax errors; fix them in a text editor, then reload</source>
        <translation>%1 hat Syntaxfehler; beheben Sie sie in einem Texteditor und laden Sie dann neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 is brought in read-only by readonly_include in %2, line %3</source>
        <extracomment>%1 file name, %2 file name, %3 line number</extracomment>
        <translation>%1 wird durch readonly_include in %2, Zeile %3, schreibgeschützt eingebunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>This scope holds no routes</source>
        <translation>Dieser Bereich enthält keine Routen</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>The global scope cannot be removed</source>
        <translation>Der globale Bereich kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>There is no Binding &quot;%1&quot;</source>
        <translation>Es gibt kein Binding &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That file is not part of the configuration</source>
        <translation>Diese Datei gehört nicht zur Konfiguration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a Domain scope &quot;%1&quot; there</source>
        <translation>Dort gibt es bereits einen Domain-Bereich &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file has syntax errors (the first at line %1); fix them before editing</source>
        <translation>Die Datei hat Syntaxfehler (den ersten in Zeile %1); beheben Sie sie vor dem Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; cannot be a domain name (it is empty, or holds a quote or a line break)</source>
        <translation>&quot;%1&quot; kann kein Domainname sein (er ist leer oder enthält ein Anführungszeichen oder einen Zeilenumbruch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a valid regular expression: %2 (at offset %3)</source>
        <extracomment>%2 is PCRE2&apos;s own message, in English</extracomment>
        <translation>%1 ist kein gültiger regulärer Ausdruck: %2 (an Position %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The route entry &quot;%1&quot; is invalid: %2</source>
        <extracomment>%1 a route entry, %2 what is wrong with it</extracomment>
        <translation>Der Routeneintrag &quot;%1&quot; ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The route entry &quot;%1&quot; is invalid</source>
        <translation>Der Routeneintrag &quot;%1&quot; ist ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a scope of the file</source>
        <translation>Das ist kein Bereich dieser Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edit would change how line %1 reads (an unclosed or typographic quote next to it?); fix that line first</source>
        <translation>Die Änderung würde verändern, wie Zeile %1 gelesen wird (ein offenes oder typografisches Anführungszeichen daneben?); beheben Sie zuerst diese Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The result would not parse (line %1); nothing was changed</source>
        <translation>Das Ergebnis wäre syntaktisch ungültig (Zeile %1); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The routes would not read back as given; nothing was changed</source>
        <translation>Die Routen ließen sich nicht wie angegeben zurücklesen; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a FIFO (named pipe)</source>
        <translation>eine FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: permission denied</source>
        <translation>%1: Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, not a regular file</source>
        <extracomment>%2: &quot;a directory&quot;, &quot;a FIFO (named pipe)&quot;, &quot;a character device&quot;...</extracomment>
        <translation>%1 ist %2, keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too large to read</source>
        <translation>%1 ist zu groß zum Lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has other hard links; writing it would break them, so it is not written (save a copy under another name instead)</source>
        <translation>%1 hat weitere harte Links; Schreiben würde sie trennen, daher wird die Datei nicht geschrieben (speichern Sie stattdessen eine Kopie unter einem anderen Namen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be written with its owner, group, mode and attributes kept; nothing was written</source>
        <translation>%1 konnte nicht unter Beibehaltung von Eigentümer, Gruppe, Modus und Attributen geschrieben werden; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be written with its owner, group, mode and attributes kept (%2); nothing was written</source>
        <extracomment>%2: the operating system&apos;s reason</extracomment>
        <translation>%1 konnte nicht unter Beibehaltung von Eigentümer, Gruppe, Modus und Attributen geschrieben werden (%2); nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no space left on the device; nothing was written</source>
        <translation>%1: kein Platz mehr auf dem Gerät; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1 was cancelled</source>
        <translation>Das Lesen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be read or written</source>
        <translation>%1 konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <extracomment>%1: a file; %2: the operating system&apos;s reason</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImpactText</name>
    <message>
        <location filename="../ui/review/impactmodel.cpp" line="+93"/>
        <location filename="../ui/review/impacttext.cpp" line="+108"/>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/review/impacttext.cpp" line="-93"/>
        <source>Source changed</source>
        <translation>Quelle geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts added</source>
        <translation>Hosts hinzugekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts removed</source>
        <translation>Hosts entfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order changed</source>
        <translation>Reihenfolge geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port changed</source>
        <translation>Port geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit changed</source>
        <translation>Limit geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread changed</source>
        <translation>Verteilung geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undeliverable</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliverable again</source>
        <translation>Wieder zustellbar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another option or stanza now decides the routes, the port or the domain limit.</source>
        <translation>Eine andere Option oder ein anderer Abschnitt bestimmt jetzt die Routen, den Port oder das Domain-Limit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail may now go to a host it could not go to before.</source>
        <translation>Mail kann jetzt an einen Host gehen, an den sie vorher nicht gehen konnte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host that took mail before is no longer a candidate.</source>
        <translation>Ein Host, der vorher Mail annahm, ist kein Kandidat mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same hosts, in other preference tiers or another order.</source>
        <translation>Dieselben Hosts, in anderen Präferenzstufen oder in anderer Reihenfolge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host kept is now reached on another port.</source>
        <translation>Ein verbliebener Host wird jetzt über einen anderen Port erreicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain limit or the limit of a host kept differs.</source>
        <translation>Das Domain-Limit oder das Limit eines verbliebenen Hosts ist anders.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the domain limit, the connections spread over the hosts differently.</source>
        <translation>Beim Domain-Limit verteilen sich die Verbindungen anders auf die Hosts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No host can take this mail any more: it would stay queued.</source>
        <translation>Kein Host kann diese Mail mehr annehmen: sie bliebe in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail that no host could take before can be delivered now.</source>
        <translation>Mail, die vorher kein Host annehmen konnte, kann jetzt zugestellt werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%L1 %2</source>
        <comment>a count and an impact class, e.g. 3 Hosts removed</comment>
        <translation>%L1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>None of %Ln domain(s) changes.</source>
        <translation>
            <numerusform>Die eine verglichene Domain ändert sich nicht.</numerusform>
            <numerusform>Keine der %Ln Domains ändert sich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%L1 of %Ln domain(s) change</source>
        <translation>
            <numerusform>%L1 von %Ln Domain ändert sich</numerusform>
            <numerusform>%L1 von %Ln Domains ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%L1 of %Ln domain and binding pair(s) change</source>
        <translation>
            <numerusform>%L1 von %Ln Paar aus Domain und Binding ändert sich</numerusform>
            <numerusform>%L1 von %Ln Paaren aus Domain und Binding ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>None of %Ln domain(s) changes, without a binding or through %1.</source>
        <translation>
            <numerusform>Die eine Domain ändert sich nicht, weder ohne Binding noch über %1.</numerusform>
            <numerusform>Keine der %Ln Domains ändert sich, weder ohne Binding noch über %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n Binding</numerusform>
            <numerusform>%n Bindings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No compared domain uses %1.</source>
        <translation>Keine verglichene Domain verwendet %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The saved configuration could not be read from git.</source>
        <translation>Die gespeicherte Konfiguration konnte nicht aus git gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The binding %1 is declared in neither version.</source>
        <translation>Das Binding %1 ist in keiner der beiden Fassungen deklariert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading both versions…</source>
        <translation>Beide Fassungen werden gelesen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding the scope of %L1 of %L2…</source>
        <translation>Bereich für %L1 von %L2 wird ermittelt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolving %L1 of %L2 names…</source>
        <translation>%L1 von %L2 Namen werden aufgelöst …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulating %L1 of %L2…</source>
        <translation>%L1 von %L2 werden simuliert …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no binding</source>
        <translation>ohne Binding</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewview.cpp" line="+51"/>
        <source>No host can take mail for %1.</source>
        <translation>Kein Host kann Mail für %1 annehmen.</translation>
    </message>
</context>
<context>
    <name>LessonSandboxes</name>
    <message>
        <location filename="../ui/lessons/lessonsandbox.cpp" line="+37"/>
        <source>Cannot create the lesson folder %1.</source>
        <translation>Der Lektionsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the lesson&apos;s zone file %1: %2</source>
        <translation>Die Zonendatei %1 der Lektion kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>LessonWording</name>
    <message>
        <location filename="../ui/lessons/lessonwording.cpp" line="+17"/>
        <location line="+9"/>
        <location line="+14"/>
        <source>none</source>
        <extracomment>no hosts at all
----------
no preference tiers at all
----------
no connection goes anywhere</extracomment>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%1: %n</source>
        <comment>connections of a host</comment>
        <translation>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting</source>
        <comment>connections that find no host</comment>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no Routes or Gateway at all (the default, __mx__)</source>
        <translation>gar kein Routes oder Gateway (der Standard, __mx__)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the global scope</source>
        <translation>den globalen Bereich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unlimited</source>
        <extracomment>a connection limit</extracomment>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not among the candidate hosts.</source>
        <translation>%1 ist nicht unter den Kandidaten-Hosts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration declares no Binding &quot;%1&quot;.</source>
        <translation>Die Konfiguration deklariert kein Binding &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s zone files could not be loaded.</source>
        <translation>Die Zonendateien der Lektion ließen sich nicht laden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The right hosts, but not evenly: %1.</source>
        <translation>Die richtigen Hosts, aber nicht gleichmäßig: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First tier: expected %1; now %2.</source>
        <translation>Erste Stufe: erwartet %1; jetzt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiers: expected %1; now %2.</source>
        <translation>Stufen: erwartet %1; jetzt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections: expected %1; now %2.</source>
        <translation>Verbindungen: erwartet %1; jetzt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections: expected all on %1, shared evenly; now %2.</source>
        <translation>Verbindungen: erwartet alle auf %1, gleichmäßig verteilt; jetzt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No host can take the mail.</source>
        <translation>Kein Host kann die Mail annehmen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The mail can still be delivered: some host takes it.</source>
        <translation>Die Mail kann noch zugestellt werden: ein Host nimmt sie an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No null MX is seen: the domain&apos;s own MX records are not asked.</source>
        <translation>Kein Null-MX zu sehen: die eigenen MX-Einträge der Domain werden nicht abgefragt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain publishes a null MX: it accepts no mail.</source>
        <translation>Die Domain veröffentlicht einen Null-MX: sie nimmt keine Mail an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routes decided by: expected %1; now %2.</source>
        <translation>Routen entschieden durch: erwartet %1; jetzt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port of %1: expected %2; now %3.</source>
        <translation>Port von %1: erwartet %2; jetzt %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection limit of %1: expected %2; now %3.</source>
        <translation>Verbindungslimit von %1: erwartet %2; jetzt %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection limit of the domain: expected %1; now %2.</source>
        <translation>Verbindungslimit der Domain: erwartet %1; jetzt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 should come from an implicit MX (the name&apos;s own address); now from a lookup of kind %2.</source>
        <translation>%1 sollte aus einem impliziten MX stammen (der eigenen Adresse des Namens); jetzt aus einer Abfrage der Art %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue: expected at most %1 waiting; it reaches %2.</source>
        <translation>Warteschlange: erwartet höchstens %1 wartende; sie erreicht %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue at the end: expected at most %1; it is %2.</source>
        <translation>Warteschlange am Ende: erwartet höchstens %1; sie beträgt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected at most %1 messages delivered in any second; up to %2 are.</source>
        <translation>Erwartet in keiner Sekunde mehr als %1 zugestellte Nachrichten; es sind bis zu %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected at least %1 messages delivered; %2 are.</source>
        <translation>Erwartet mindestens %1 zugestellte Nachrichten; es sind %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 delivers %2 messages; expected at least %3.</source>
        <translation>%1 stellt %2 Nachrichten zu; erwartet mindestens %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lesson&apos;s zone files could not be loaded: %1</source>
        <translation>Die Zonendateien der Lektion ließen sich nicht laden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Goal reached: all %n condition(s) met.</source>
        <translation>
            <numerusform>Ziel erreicht: %n Bedingung erfüllt.</numerusform>
            <numerusform>Ziel erreicht: alle %n Bedingungen erfüllt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n condition(s) met.</source>
        <translation>
            <numerusform>%1 von %n Bedingung erfüllt.</numerusform>
            <numerusform>%1 von %n Bedingungen erfüllt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The configuration has %n error(s): see the Problems dock.</source>
        <translation>
            <numerusform>Die Konfiguration hat %n Fehler: siehe die Ansicht „Probleme“.</numerusform>
            <numerusform>Die Konfiguration hat %n Fehler: siehe die Ansicht „Probleme“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveText</name>
    <message>
        <location filename="../ui/live/livetext.cpp" line="+47"/>
        <source>pref=%1 is written in entry %2 (%3)</source>
        <translation>pref=%1 steht in Eintrag %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 (%2) has no pref=, so its position in the list, counted from 0, gives %3</source>
        <translation>Eintrag %1 (%2) hat kein pref=, also ergibt seine Position in der Liste, ab 0 gezählt, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the domain has no MX records, so its own address is used as an implicit MX with preference 0</source>
        <translation>die Domain hat keine MX-Einträge, also dient ihre eigene Adresse als impliziter MX mit Präferenz 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its MX record in DNS has preference %1 (entry %2, %3)</source>
        <translation>sein MX-Eintrag im DNS hat die Präferenz %1 (Eintrag %2, %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/live/tierview.cpp" line="+242"/>
        <source>pref= in entry %1</source>
        <translation>pref= in Eintrag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position of entry %1</source>
        <translation>Position von Eintrag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implicit MX</source>
        <translation>impliziter MX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MX preference</source>
        <translation>MX-Präferenz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IP literal, used as written</source>
        <translation>IP-Adresse, unverändert verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/AAAA lookup (type=a)</source>
        <translation>A/AAAA-Abfrage (type=a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MX lookup</source>
        <translation>MX-Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implicit MX: the name has no MX records</source>
        <translation>impliziter MX: der Name hat keine MX-Einträge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the global scope</source>
        <translation>dem globalen Bereich</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 in %2 (%3, line %4)</source>
        <extracomment>%1 option name, %2 scope path, %3 file name, %4 line number</extracomment>
        <translation>%1 in %2 (%3, Zeile %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in %2 (line %3)</source>
        <extracomment>%1 option name, %2 scope path, %3 line number</extracomment>
        <translation>%1 in %2 (Zeile %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Routes or Gateway: the domain&apos;s own MX records (__mx__)</source>
        <translation>keinem Routes oder Gateway: den eigenen MX-Einträgen der Domain (__mx__)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port= of the entry</source>
        <translation>port= des Eintrags</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>the default</source>
        <translation>dem Standardwert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>port %1 from %2</source>
        <translation>Port %1 aus %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>limit %1: no Host scope limits it</source>
        <translation>Limit %1: kein Host-Bereich begrenzt ihn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limit %1 from the what-if override</source>
        <translation>Limit %1 aus der Was-wäre-wenn-Vorgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>limit %1 from %2</source>
        <translation>Limit %1 aus %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>no TTL</source>
        <translation>keine TTL</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>TTL %1 s (ttl= of the entry)</source>
        <translation>TTL %1 s (ttl= des Eintrags)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>TTL %1 s</source>
        <translation>TTL %1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TTL %1 s (ttl=)</source>
        <translation>TTL %1 s (ttl=)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usable</source>
        <translation>nutzbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>marked down (what-if)</source>
        <translation>als ausgefallen markiert (Was-wäre-wenn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unresolved: %1</source>
        <extracomment>%1 why, e.g. &quot;MX lookup: NXDOMAIN&quot;</extracomment>
        <translation>nicht aufgelöst: %1</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Connection %1 waits: the domain limit of %2 connections is reached.</source>
        <translation>Verbindung %1 wartet: das Domain-Limit von %2 Verbindungen ist erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection %1 waits: there is no candidate host.</source>
        <translation>Verbindung %1 wartet: es gibt keinen Kandidaten-Host.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is unresolved</source>
        <translation>%1 ist nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is at its limit of %2</source>
        <translation>%1 hat sein Limit von %2 erreicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>preference %1 has no room (%2)</source>
        <translation>Präferenz %1 hat keinen Platz (%2)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+67"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-208"/>
        <source>timeout</source>
        <extracomment>the outcome of a DNS query that got no answer in time</extracomment>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <extracomment>the outcome of a DNS query that failed for another reason</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the name is in none of the loaded zones</source>
        <translation>der Name liegt in keiner der geladenen Zonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its zone failed to load</source>
        <translation>seine Zone ließ sich nicht laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an alias leads out of the zone</source>
        <translation>ein Alias führt aus der Zone hinaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CNAME chain longer than 16 links</source>
        <translation>eine CNAME-Kette mit mehr als 16 Gliedern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid domain name</source>
        <translation>kein gültiger Domainname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed answer</source>
        <translation>fehlerhafte Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no resolver to ask</source>
        <translation>kein Resolver verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty exchange next to other MX records</source>
        <translation>leerer Exchange neben anderen MX-Einträgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its addresses were not looked up</source>
        <translation>seine Adressen wurden nicht abgefragt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not resolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 publishes a null MX: it accepts no mail</source>
        <translation>%1 veröffentlicht einen Null-MX: keine Mail wird angenommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>no A/AAAA records</source>
        <translation>keine A/AAAA-Einträge</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A/AAAA lookup: %1</source>
        <extracomment>%1 a DNS status such as NXDOMAIN or SERVFAIL</extracomment>
        <translation>A/AAAA-Abfrage: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MX lookup: %1</source>
        <translation>MX-Abfrage: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lookup returned no host</source>
        <translation>die Abfrage lieferte keinen Host</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NXDOMAIN: the host name does not exist</source>
        <translation>NXDOMAIN: der Hostname existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVFAIL looking up its addresses</source>
        <translation>SERVFAIL bei der Abfrage seiner Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused to answer for it</source>
        <translation>der Server verweigerte die Antwort dafür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address lookup timed out</source>
        <translation>Zeitüberschreitung bei der Adressabfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>address lookup failed</source>
        <translation>Adressabfrage fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the zone file %1</source>
        <extracomment>%1 the names of zone files</extracomment>
        <translation>die Zonendatei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS (c-ares, the system&apos;s servers)</source>
        <translation>DNS (c-ares, Server des Systems)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS (c-ares) %1</source>
        <extracomment>%1 DNS servers as address:port</extracomment>
        <translation>DNS (c-ares) bei %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The zone file %1 is empty.</source>
        <translation>Die Zonendatei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zone file %1 is larger than %2 MiB.</source>
        <extracomment>%2 a size in MiB</extracomment>
        <translation>Die Zonendatei %1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The zone file %1 has an error in line %2: %3.</source>
        <extracomment>%3 the zone parser&apos;s (ldns) own message, in English</extracomment>
        <translation>Die Zonendatei %1 hat einen Fehler in Zeile %2: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zone file %1 uses $INCLUDE in line %2, which is not supported: load each file on its own.</source>
        <translation>Die Zonendatei %1 verwendet in Zeile %2 $INCLUDE, was nicht unterstützt wird: laden Sie jede Datei einzeln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The zone file %1 has no SOA record, so the zone&apos;s apex is unknown.</source>
        <translation>Die Zonendatei %1 hat keinen SOA-Eintrag, daher ist der Apex der Zone unbekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>&quot;%1&quot; ist kein Domainname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a DNS server address (write 192.0.2.1, 192.0.2.1:53, [2001:db8::1]:53 or 2001:db8::1).</source>
        <translation>&quot;%1&quot; ist keine DNS-Serveradresse (schreiben Sie 192.0.2.1, 192.0.2.1:53, [2001:db8::1]:53 oder 2001:db8::1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DNS lookups cannot be set up: %1.</source>
        <extracomment>%1 the DNS library&apos;s (c-ares) own message, in English</extracomment>
        <translation>DNS-Abfragen können nicht eingerichtet werden: %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Connection %1 waits: %2.</source>
        <translation>Verbindung %1 wartet: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Connection %1 goes to %2: it has the fewest connections (%3) among the usable hosts of preference %4 with room.</source>
        <translation>Verbindung %1 geht an %2: er hat die wenigsten Verbindungen (%3) unter den nutzbaren Hosts der Präferenz %4 mit freiem Platz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; so %2</source>
        <translation>%1; also: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The routes now come from %1 (before: %2).</source>
        <translation>Die Routen kommen jetzt aus %1 (vorher: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain limit is now %1 (before: %2).</source>
        <translation>Das Domain-Limit ist jetzt %1 (vorher: %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n connection(s) simulated (before: %1).</source>
        <translation>
            <numerusform>%n Verbindung simuliert (vorher: %1).</numerusform>
            <numerusform>%n Verbindungen simuliert (vorher: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is new, in preference %2.</source>
        <translation>%1 ist neu, in Präferenz %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 moved from preference %2 to %3.</source>
        <translation>%1 ist von Präferenz %2 nach %3 gewandert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now uses port %2 (before: %3).</source>
        <translation>%1 nutzt jetzt Port %2 (vorher: %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now has the limit %2 (before: %3).</source>
        <translation>%1 hat jetzt das Limit %2 (vorher: %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now %2 (before: %3).</source>
        <translation>%1 ist jetzt %2 (vorher: %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now has the addresses %2.</source>
        <translation>%1 hat jetzt die Adressen %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 now gets %n connection(s) (before: %2).</source>
        <translation>
            <numerusform>%1 bekommt jetzt %n Verbindung (vorher: %2).</numerusform>
            <numerusform>%1 bekommt jetzt %n Verbindungen (vorher: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is no longer a candidate.</source>
        <translation>%1 ist kein Kandidat mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n connection(s) wait (before: %1).</source>
        <translation>
            <numerusform>%n Verbindung wartet (vorher: %1).</numerusform>
            <numerusform>%n Verbindungen warten (vorher: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mail for &lt;b&gt;%1&lt;/b&gt; through binding &lt;b&gt;%2&lt;/b&gt; follows %3.</source>
        <translation>Mail an &lt;b&gt;%1&lt;/b&gt; über das Binding &lt;b&gt;%2&lt;/b&gt; folgt %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail for &lt;b&gt;%1&lt;/b&gt; follows %2.</source>
        <translation>Mail für &lt;b&gt;%1&lt;/b&gt; folgt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 connections at once (domain limit from %2).</source>
        <translation>Höchstens %1 Verbindungen gleichzeitig (Domain-Limit aus %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain publishes a null MX: it accepts no mail.</source>
        <translation>Die Domain veröffentlicht einen Null-MX: sie nimmt keine Mail an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No host can take mail for this domain.</source>
        <translation>Kein Host kann Mail für diese Domain annehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why each host sits where it does</source>
        <translation>Warum jeder Host dort steht, wo er steht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preference %1, because %2.</source>
        <translation>Präferenz %1, weil %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found by %1; %2; %3; %4.</source>
        <translation>Gefunden durch %1; %2; %3; %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never chosen: %1.</source>
        <translation>Wird nie gewählt: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Where %n connection(s) go</source>
        <translation>
            <numerusform>Wohin %n Verbindung geht</numerusform>
            <numerusform>Wohin %n Verbindungen gehen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting: %1</source>
        <translation>wartend: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection is opened.</source>
        <translation>Es wird keine Verbindung geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest preference with a usable host below its limit takes each connection; equal preferences share evenly. The MTA picks at random among those hosts, so these counts are the expected spread.</source>
        <translation>Jede Verbindung geht an die niedrigste Präferenz mit einem nutzbaren Host unter seinem Limit; gleiche Präferenzen teilen sich gleichmäßig. Der MTA wählt unter diesen Hosts zufällig, die Zahlen sind also die zu erwartende Verteilung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since the last edit</source>
        <translation>Seit der letzten Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First answer for this domain.</source>
        <translation>Erste Antwort für diese Domain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed for this domain.</source>
        <translation>Für diese Domain hat sich nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>SimulationSetupBuilder</name>
    <message>
        <location filename="../ui/simulation/simulationinputs.cpp" line="+24"/>
        <source>Duration: &quot;%1&quot; is not a duration (90s, 10m, 1h30m).</source>
        <translation>Dauer: &quot;%1&quot; ist keine Zeitdauer (90s, 10m, 1h30m).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step: &quot;%1&quot; is not a duration (1s, 10s, 1m).</source>
        <translation>Schritt: &quot;%1&quot; ist keine Zeitdauer (1s, 10s, 1m).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals: &quot;%1&quot; is not a rate (50/s, 300/m, 1/2s).</source>
        <translation>Ankünfte: &quot;%1&quot; ist keine Rate (50/s, 300/m, 1/2s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per connection: &quot;%1&quot; is not a rate (5/s, 1/2s).</source>
        <translation>Pro Verbindung: &quot;%1&quot; ist keine Rate (5/s, 1/2s).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The duration must be longer than 0 seconds.</source>
        <translation>Die Dauer muss länger als 0 Sekunden sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step must be at least 1 second long.</source>
        <translation>Ein Schritt muss mindestens 1 Sekunde lang sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step is longer than the duration.</source>
        <translation>Der Schritt ist länger als die Dauer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration holds more than %1 steps: choose a longer step.</source>
        <translation>Die Dauer umfasst mehr als %1 Schritte: wählen Sie einen längeren Schritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runs must be from 1 to %1.</source>
        <translation>Die Anzahl der Durchläufe muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection must deliver more than 0 messages.</source>
        <translation>Eine Verbindung muss mehr als 0 Nachrichten zustellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection lifetime cannot be negative.</source>
        <translation>Die Lebensdauer einer Verbindung darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The queue at the start cannot be negative.</source>
        <translation>Die Warteschlange zu Beginn darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+33"/>
        <source>Interface language (en, de).</source>
        <translation>Sprache der Oberfläche (en, de).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editor for Momentum MTA outbound routing.</source>
        <translation>Editor für das ausgehende Routing des Momentum MTA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ecelerity.conf file to open.</source>
        <translation>Zu öffnende ecelerity.conf-Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline DNS zone file for the live panel.</source>
        <translation>Offline-DNS-Zonendatei für die Live-Ansicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS server for the live panel.</source>
        <translation>DNS-Server für die Live-Ansicht.</translation>
    </message>
</context>
<context>
    <name>rs::ui::ConditionModel</name>
    <message>
        <location filename="../ui/lessons/conditionmodel.cpp" line="+64"/>
        <source>Still missing: %1</source>
        <translation>Noch offen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met: %1</source>
        <translation>Nicht erfüllt: %1</translation>
    </message>
</context>
<context>
    <name>rs::ui::DiffDialog</name>
    <message>
        <location filename="../ui/editor/diffdialog.cpp" line="+69"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on Disk: %1</source>
        <translation>Auf der Platte geändert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>These lines will change in %n file(s). Everything else is written back byte for byte, and each file keeps its owner, group and mode.</source>
        <translation>
            <numerusform>Diese Zeilen ändern sich in %n Datei. Alles andere wird Byte für Byte zurückgeschrieben, und jede Datei behält Eigentümer, Gruppe und Modus.</numerusform>
            <numerusform>Diese Zeilen ändern sich in %n Dateien. Alles andere wird Byte für Byte zurückgeschrieben, und jede Datei behält Eigentümer, Gruppe und Modus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These lines were changed on disk by another program since RouteScope read the file(s).</source>
        <translation>
            <numerusform>Diese Zeilen hat ein anderes Programm auf der Platte geändert, seit RouteScope die Datei gelesen hat.</numerusform>
            <numerusform>Diese Zeilen hat ein anderes Programm auf der Platte geändert, seit RouteScope die Dateien gelesen hat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes to %1</source>
        <translation>Änderungen an %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no changes)</source>
        <translation>(keine Änderungen)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saving when the review is done…</source>
        <translation>Gespeichert wird, sobald die Prüfung fertig ist …</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (through %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail Would Be Undeliverable</source>
        <translation>Mail wäre unzustellbar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>After this change no host can take mail for %n domain(s): %1.</source>
        <translation>
            <numerusform>Nach dieser Änderung kann kein Host Mail für %n Domain annehmen: %1.</numerusform>
            <numerusform>Nach dieser Änderung kann kein Host Mail für %n Domains annehmen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That mail would stay in the queue until it expires. Save anyway?</source>
        <translation>Diese Mail bliebe in der Warteschlange, bis sie verfällt. Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>rs::ui::HelpDialog</name>
    <message>
        <location filename="../ui/helpdialog.cpp" line="+13"/>
        <source>How MX routing works</source>
        <translation>Wie MX-Routing funktioniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which scope decides</source>
        <translation>Welcher Bereich entscheidet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a recipient domain, Momentum looks at the Domain scope with exactly that name, then the regex Domain scopes in the order they are written, then the global scope. The first of them that sets Routes or Gateway decides. When none does, mail goes to the domain&apos;s own MX hosts.</source>
        <translation>Für eine Empfängerdomain prüft Momentum zuerst den Domain-Bereich mit genau diesem Namen, dann die Regex-Domain-Bereiche in der Reihenfolge, in der sie geschrieben sind, dann den globalen Bereich. Der erste davon, der Routes oder Gateway setzt, entscheidet. Setzt keiner etwas, geht die Mail an die eigenen MX-Hosts der Domain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route entries</source>
        <translation>Routeneinträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;__mx__&lt;/b&gt; means the recipient domain&apos;s MX records. A host name is looked up by MX, falling back to its A/AAAA records; &lt;b&gt;type=a&lt;/b&gt; asks for addresses only. An IP address is used as it is. A URI such as &lt;tt&gt;smtp://relay.example.net?pref=10&amp;amp;port=2525&lt;/tt&gt; sets the preference, TTL, port and lookup type of one entry.</source>
        <translation>&lt;b&gt;__mx__&lt;/b&gt; steht für die MX-Einträge der Empfängerdomain. Ein Hostname wird per MX aufgelöst, ersatzweise über seine A/AAAA-Einträge; &lt;b&gt;type=a&lt;/b&gt; verlangt nur Adressen. Eine IP-Adresse wird unverändert verwendet. Eine URI wie &lt;tt&gt;smtp://relay.example.net?pref=10&amp;amp;port=2525&lt;/tt&gt; setzt Präferenz, TTL, Port und Abfragetyp eines Eintrags.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferences</source>
        <translation>Präferenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every candidate host gets one number; lower is tried first and equal numbers share the load. An entry with &lt;b&gt;pref=&lt;/b&gt; gives that number to every host it yields, &lt;b&gt;__mx__&lt;/b&gt; hosts keep their DNS MX preference, and an entry without pref= gets its position in the list (0, 1, 2, ...). RouteScope chose this last reading where the documentation is silent and warns where it reorders what the list suggests.</source>
        <translation>Jeder Kandidat erhält eine Zahl; kleinere Zahlen werden zuerst versucht, gleiche teilen sich die Last. Ein Eintrag mit &lt;b&gt;pref=&lt;/b&gt; gibt diese Zahl jedem Host, den er liefert, &lt;b&gt;__mx__&lt;/b&gt;-Hosts behalten ihre DNS-MX-Präferenz, und ein Eintrag ohne pref= erhält seine Position in der Liste (0, 1, 2, ...). Diese letzte Lesart hat RouteScope gewählt, wo die Dokumentation schweigt, und warnt, wo sie die Reihenfolge der Liste umstellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ports and limits</source>
        <translation>Ports und Limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port is the entry&apos;s port=, else Remote_SMTP_Port of the domain scope, else the global one, else 25. Max_Outbound_Connections of the domain (else global, else 32) caps the connections to the whole domain; in a Host scope it caps one host.</source>
        <translation>Der Port ist port= des Eintrags, sonst Remote_SMTP_Port des Domain-Bereichs, sonst der globale Wert, sonst 25. Max_Outbound_Connections der Domain (sonst global, sonst 32) begrenzt die Verbindungen zur ganzen Domain; in einem Host-Bereich begrenzt es einen Host.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which host gets the next connection</source>
        <translation>Welcher Host die nächste Verbindung erhält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each connection goes to the lowest preference tier that has a reachable host below its limit, to the host of that tier with the fewest connections. A higher tier is used only when every host of the lower one is down or full. The running MTA picks at random among the hosts of a tier; RouteScope shows the expected spread.</source>
        <translation>Jede Verbindung geht an die niedrigste Präferenzstufe mit einem erreichbaren Host unter seinem Limit, und dort an den Host mit den wenigsten Verbindungen. Eine höhere Stufe wird erst genutzt, wenn alle Hosts der niedrigeren ausgefallen oder voll sind. Der laufende MTA wählt innerhalb einer Stufe zufällig; RouteScope zeigt die erwartete Verteilung.</translation>
    </message>
</context>
<context>
    <name>rs::ui::HostCard</name>
    <message>
        <location filename="../ui/live/tierview.cpp" line="-189"/>
        <source>preference %1</source>
        <translation>Präferenz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Preference %2: %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;%6&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Präferenz %2: %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;%6&lt;br&gt;%7</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click or press Space to bring it back up.</source>
        <translation>Klicken oder Leertaste drücken, um ihn wieder verfügbar zu machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Space to mark it down.</source>
        <translation>Klicken oder Leertaste drücken, um ihn als ausgefallen zu markieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-click for every domain that routes to it.</source>
        <translation>Rechtsklick zeigt alle Domains, die dorthin routen.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>+%n more address(es)</source>
        <translation>
            <numerusform>+%n weitere Adresse</numerusform>
            <numerusform>+%n weitere Adressen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no addresses</source>
        <translation>keine Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1 · %2</source>
        <translation>Port %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>limit %1 · %2</source>
        <translation>Limit %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="-149"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+47"/>
        <source>▶ next</source>
        <translation>▶ nächste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
</context>
<context>
    <name>rs::ui::HostRoutesModel</name>
    <message>
        <location filename="../ui/review/hostroutesmodel.cpp" line="+42"/>
        <source>%1 of the domain&apos;s %2 connections (domain limit %3)</source>
        <translation>%1 der %2 Verbindungen der Domain (Domain-Limit %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>backup</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binding</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pref</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>rs::ui::HostUsageView</name>
    <message>
        <location filename="../ui/review/hostusageview.cpp" line="+71"/>
        <source>Receiving host</source>
        <translation>Empfangender Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What If It Is &amp;Down</source>
        <translation>Was, wenn er aus&amp;fällt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare every domain with this host down for maintenance: where its mail goes instead, and which can no longer be delivered</source>
        <translation>Jede Domain mit diesem Host im Wartungsausfall vergleichen: wohin ihre Mail stattdessen geht und welche nicht mehr zugestellt werden kann</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Domains that route to the host</source>
        <translation>Domains, die zu diesem Host routen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress of the what-if</source>
        <translation>Fortschritt der Was-wäre-wenn-Rechnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Domains whose mail goes elsewhere with the host down</source>
        <translation>Domains, deren Mail bei Ausfall des Hosts anderswohin geht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The configuration changed: run the what-if again.</source>
        <translation>Die Konfiguration hat sich geändert: starten Sie die Was-wäre-wenn-Rechnung erneut.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Choose a host: a Host scope in the tree, a host in the Live panel, or type its name.</source>
        <translation>Wählen Sie einen Host: einen Host-Bereich im Baum, einen Host in der Live-Ansicht, oder geben Sie seinen Namen ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Live panel has no zone file: choose one in Settings, or resolve through DNS.</source>
        <translation>Die Live-Ansicht hat keine Zonendatei: wählen Sie eine in den Einstellungen, oder lösen Sie über DNS auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finding the domains that route to %1…</source>
        <translation>Domains, die zu %1 routen, werden gesucht …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No compared domain routes to %1.</source>
        <translation>Keine verglichene Domain routet zu %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n domain(s) can route to %1.</source>
        <extracomment>%1 the host; %n (domain, binding) pairs</extracomment>
        <translation>
            <numerusform>%n Domain kann zu %1 routen.</numerusform>
            <numerusform>%n Domains können zu %1 routen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At their domain limits they would open %n connection(s) to it.</source>
        <translation>
            <numerusform>Bei ihren Domain-Limits öffneten sie insgesamt %n Verbindung dorthin.</numerusform>
            <numerusform>Bei ihren Domain-Limits öffneten sie insgesamt %n Verbindungen dorthin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its Host scope allows %1.</source>
        <translation>Sein Host-Bereich erlaubt %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No Host scope limits it.</source>
        <translation>Kein Host-Bereich begrenzt ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oversubscribed: %1 connections against a limit of %2. Domains beyond the limit wait or spill to their next tier.</source>
        <translation>Überbucht: %1 Verbindungen bei einem Limit von %2. Domains jenseits des Limits warten oder weichen auf ihre nächste Stufe aus.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Comparing every domain with %1 down…</source>
        <translation>Jede Domain wird mit %1 im Ausfall verglichen …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>With %1 down: </source>
        <translation>Mit %1 im Ausfall: </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n would have no host to take their mail.</source>
        <translation>
            <numerusform>%n hätte keinen Host mehr, der ihre Mail annimmt.</numerusform>
            <numerusform>%n hätten keinen Host mehr, der ihre Mail annimmt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::ImpactModel</name>
    <message>
        <location filename="../ui/review/impactmodel.cpp" line="+21"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binding</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>rs::ui::LessonListModel</name>
    <message>
        <location filename="../ui/lessons/lessonlistmodel.cpp" line="+69"/>
        <source>%1. %2</source>
        <extracomment>a lesson&apos;s number and title in the list of lessons</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed yet</source>
        <translation>Noch nicht bestanden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of %1 hint(s) used</source>
        <translation>
            <numerusform>%n von %1 Tipps genutzt</numerusform>
            <numerusform>%n von %1 Tipps genutzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ui::LessonSession</name>
    <message>
        <location filename="../ui/lessons/lessonsession.cpp" line="+139"/>
        <source>Reset lesson %1</source>
        <translation>Lektion %1 zurücksetzen</translation>
    </message>
</context>
<context>
    <name>rs::ui::LessonTextDialog</name>
    <message>
        <location filename="../ui/lessons/lessontextdialog.cpp" line="+21"/>
        <source>The lesson&apos;s own copy of the configuration. OK applies your changes as one edit (Undo takes it back); save to keep them for the next session.</source>
        <translation>Die eigene Kopie der Konfiguration für diese Lektion. OK übernimmt Ihre Änderungen als einen Bearbeitungsschritt („Rückgängig“ nimmt ihn zurück); speichern Sie, um sie für die nächste Sitzung zu behalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration text of the lesson</source>
        <translation>Konfigurationstext der Lektion</translation>
    </message>
</context>
<context>
    <name>rs::ui::LessonsPanel</name>
    <message>
        <location filename="../ui/lessons/lessonspanel.cpp" line="+89"/>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Introduction and goal of the selected lesson</source>
        <translation>Einführung und Ziel der ausgewählten Lektion</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+276"/>
        <source>&amp;Start Lesson</source>
        <translation>Lektion &amp;starten</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>&amp;Back to the Lesson</source>
        <translation>&amp;Zurück zur Lektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget &amp;Progress...</source>
        <translation>&amp;Fortschritt vergessen ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark every lesson as not passed and forget the hints used (for the next group of learners)</source>
        <translation>Alle Lektionen als nicht bestanden markieren und die genutzten Tipps vergessen (für die nächste Gruppe von Lernenden)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Lesson status</source>
        <translation>Status der Lektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Lesson</source>
        <translation>&amp;Nächste Lektion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lesson text: introduction, goal, hints</source>
        <translation>Text der Lektion: Einführung, Ziel, Tipps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditions of the goal</source>
        <translation>Bedingungen des Ziels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a condition over time to show it in the Simulation view.</source>
        <translation>Doppelklicken Sie auf eine zeitabhängige Bedingung, um sie in der Simulation im Zeitverlauf zu zeigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+288"/>
        <source>Next &amp;Hint</source>
        <translation>Nächster &amp;Tipp</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Show S&amp;olution</source>
        <translation>&amp;Lösung zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered once every hint was shown</source>
        <translation>Verfügbar, sobald alle Tipps gezeigt wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the start configuration back (Undo brings your text back)</source>
        <translation>Die Startkonfiguration wiederherstellen („Rückgängig“ holt Ihren Text zurück)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit as Text...</source>
        <translation>Als Te&amp;xt bearbeiten ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the whole configuration: limits, throttles, Host and Binding stanzas</source>
        <translation>Die ganze Konfiguration bearbeiten: Limits, Drosselungen, Host- und Binding-Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All Lessons</source>
        <translation>Alle Le&amp;ktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave Lesson</source>
        <translation>Lektion &amp;verlassen</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+11"/>
        <location line="+21"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave Lesson</source>
        <translation>Lektion verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen %1, which was open before the lesson?</source>
        <translation>Die vor der Lektion geöffnete Datei %1 wieder öffnen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the Lesson Only</source>
        <translation>Nur die Lektion &amp;schließen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Edit the text of lesson %1</source>
        <translation>Text von Lektion %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit as Text</source>
        <translation>Als Text bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forget Progress</source>
        <translation>Fortschritt vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark every lesson as not passed and forget the hints used? The lessons&apos; configurations are kept.</source>
        <translation>Alle Lektionen als nicht bestanden markieren und die genutzten Tipps vergessen? Die Konfigurationen der Lektionen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+42"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Go to the Lesson</source>
        <translation>Zur Lektion &amp;wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue Lesson</source>
        <translation>Lektion fort&amp;setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the lesson&apos;s own copy of its configuration in the editor; your files are not touched</source>
        <translation>Öffnet die eigene Kopie der Konfiguration für diese Lektion im Editor; Ihre Dateien bleiben unberührt</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n lesson(s) passed.</source>
        <translation>
            <numerusform>%1 von %n Lektion bestanden.</numerusform>
            <numerusform>%1 von %n Lektionen bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson %1 is open.</source>
        <translation>Lektion %1 ist geöffnet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lesson %1 of %2: %3</source>
        <translation>Lektion %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are continuing your saved work from an earlier session; Reset starts afresh.</source>
        <translation>Sie setzen Ihre gespeicherte Arbeit aus einer früheren Sitzung fort; „Zurücksetzen“ beginnt von vorn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hint %1 of %2</source>
        <translation>Tipp %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A configuration that meets every condition (there are others):</source>
        <translation>Eine Konfiguration, die alle Bedingungen erfüllt (es gibt auch andere):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the goal…</source>
        <translation>Ziel wird geprüft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Next &amp;Hint (%1 of %2)</source>
        <translation>Nächster &amp;Tipp (%1 von %2)</translation>
    </message>
</context>
<context>
    <name>rs::ui::LiveCandidateModel</name>
    <message>
        <location filename="../ui/live/livecandidatemodel.cpp" line="+60"/>
        <source>%1 (next)</source>
        <translation>%1 (nächste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>rs::ui::LivePanel</name>
    <message>
        <location filename="../ui/live/livepanel.cpp" line="+62"/>
        <source>Candidate hosts by preference</source>
        <translation>Kandidaten-Hosts nach Präferenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate hosts</source>
        <translation>Kandidaten-Hosts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;able</source>
        <translation>Tab&amp;elle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+490"/>
        <source>Select a domain scope or type a recipient domain.</source>
        <translation>Wählen Sie einen Domain-Bereich oder geben Sie eine Empfängerdomain ein.</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Recipient domain to resolve</source>
        <translation>Aufzulösende Empfängerdomain</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Domains &amp;Using This Host</source>
        <translation>Domains, die diesen Host &amp;nutzen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Do&amp;main:</source>
        <translation>Do&amp;main:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Binding the mail is sent through</source>
        <translation>Binding, über das die Mail gesendet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail is sent through a binding (an IP pool); its Domain stanzas, limits and Host stanzas apply first.</source>
        <translation>Die Mail wird über ein Binding (einen IP-Pool) gesendet; seine Domain-Abschnitte, Limits und Host-Abschnitte gelten zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Binding:</source>
        <translation>Bi&amp;nding:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve through</source>
        <translation>Auflösen über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline zone</source>
        <translation>Offline-Zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS (c-ares)</source>
        <translation>DNS (c-ares)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Through:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve the domain again now</source>
        <translation>Die Domain jetzt neu auflösen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution progress</source>
        <translation>Fortschritt der Auflösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Number of connections to simulate</source>
        <translation>Anzahl zu simulierender Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain limit</source>
        <translation>Domain-Limit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host for what-if settings</source>
        <translation>Host für Was-wäre-wenn-Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark the host down</source>
        <translation>Den Host als ausgefallen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override the host&apos;s connection limit</source>
        <translation>Das Verbindungslimit des Hosts überschreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection limit of the host</source>
        <translation>Verbindungslimit des Hosts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the state before the first connection</source>
        <translation>Den Zustand vor der ersten Verbindung zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show one connection less</source>
        <translation>Eine Verbindung weniger zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next connection</source>
        <translation>Die nächste Verbindung öffnen</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>T&amp;iers</source>
        <translation>S&amp;tufen</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Resolve &amp;Now</source>
        <translation>&amp;Jetzt auflösen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Connections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ho&amp;st:</source>
        <translation>Ho&amp;st:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Down</source>
        <translation>Aus&amp;gefallen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset &amp;what-if</source>
        <translation>Was-wäre-wenn &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>First</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all simulated connections</source>
        <translation>Alle simulierten Verbindungen zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>A domain that matches %1</source>
        <translation>Eine Domain, die auf %1 passt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any recipient domain, e.g. example.com</source>
        <translation>Irgendeine Empfängerdomain, z. B. example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recipient domain</source>
        <translation>Eine Empfängerdomain</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Binding_Group %1</source>
        <translation>Binding_Group %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No zone file is set: choose one in Settings, or resolve through DNS.</source>
        <translation>Keine Zonendatei gesetzt: wählen Sie eine in den Einstellungen, oder lösen Sie über DNS auf.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Open a configuration to see where its mail goes.</source>
        <translation>Öffnen Sie eine Konfiguration, um zu sehen, wohin ihre Mail geht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a recipient domain to see where its mail goes.</source>
        <translation>Geben Sie eine Empfängerdomain ein, um zu sehen, wohin ihre Mail geht.</translation>
    </message>
    <message>
        <location line="-464"/>
        <source>Resolving %1 through %2…</source>
        <extracomment>%1 a domain, %2 &quot;the zone file x.zone&quot; or &quot;DNS (c-ares) 192.0.2.53:53&quot;</extracomment>
        <translation>Löse %1 über %2 auf …</translation>
    </message>
    <message numerus="yes">
        <location line="+486"/>
        <source>All %n connection(s) shown.</source>
        <translation>
            <numerusform>Die %n Verbindung wird gezeigt.</numerusform>
            <numerusform>Alle %n Verbindungen werden gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next connection goes to %1 (marked ▶).</source>
        <translation>Die nächste Verbindung geht an %1 (mit ▶ markiert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new connection would wait.</source>
        <translation>Eine neue Verbindung würde warten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection %1 of %2</source>
        <translation>Verbindung %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connection is open yet; the first goes to %1.</source>
        <translation>Noch ist keine Verbindung offen; die erste geht an %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection is open yet; the first would wait.</source>
        <translation>Noch ist keine Verbindung offen; die erste würde warten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 publishes a null MX: it accepts no mail.</source>
        <translation>%1 veröffentlicht einen Null-MX: sie nimmt keine Mail an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No host can take mail for %1.</source>
        <translation>Kein Host kann Mail für %1 annehmen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 through binding %2 follows %3.</source>
        <translation>%1 über das Binding %2 folgt %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 follows %2.</source>
        <translation>%1 folgt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected scope does not decide this domain.</source>
        <translation>Der gewählte Bereich entscheidet nicht über diese Domain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved through %1.</source>
        <translation>Aufgelöst über %1.</translation>
    </message>
</context>
<context>
    <name>rs::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+144"/>
        <source>&amp;Reload from Disk</source>
        <translation>Von der Platte &amp;neu laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep My Version</source>
        <translation>Meine Version &amp;behalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen ...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating the routing model…</source>
        <translation>Routing-Modell wird aktualisiert …</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 changed on disk.</source>
        <translation>%1 wurde auf der Platte geändert.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Filter scopes</source>
        <translation>Bereiche filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter scopes by name</source>
        <translation>Bereiche nach Namen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only scopes with &amp;problems</source>
        <translation>Nur Bereiche mit &amp;Problemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing scopes</source>
        <translation>Routing-Bereiche</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern ...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="-314"/>
        <location line="+318"/>
        <location line="+170"/>
        <location line="+307"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="-984"/>
        <source>S&amp;how Changes</source>
        <translation>Änderungen an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+971"/>
        <source>&amp;Merge My Edits</source>
        <translation>Meine Änderungen &amp;zusammenführen</translation>
    </message>
    <message>
        <location line="-969"/>
        <source>Apply your unsaved edits to the file as it is now on disk</source>
        <translation>Ihre ungespeicherten Änderungen auf die Datei anwenden, wie sie jetzt auf der Platte liegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this; saving will still ask before writing over the change</source>
        <translation>Ausblenden; beim Speichern wird trotzdem gefragt, bevor die Änderung überschrieben wird</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading the configuration</source>
        <translation>Das Lesen der Konfiguration abbrechen</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 changed on disk. Reloading discards your unsaved edits; merging applies them to the new text.</source>
        <translation>%1 wurde auf der Platte geändert. Neu laden verwirft Ihre ungespeicherten Änderungen; Zusammenführen wendet sie auf den neuen Text an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reloading discards your unsaved edits in %1. Reload anyway?</source>
        <translation>Neu laden verwirft Ihre ungespeicherten Änderungen in %1. Trotzdem neu laden?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>lines %1-%2</source>
        <translation>Zeilen %1-%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your edits and the changes on disk touch the same lines, so nothing was merged: %1.

Reload to take the file from disk, or save and overwrite the change.</source>
        <translation>Ihre Änderungen und die Änderungen auf der Platte betreffen dieselben Zeilen, daher wurde nichts zusammengeführt: %1.

Laden Sie neu, um die Datei von der Platte zu übernehmen, oder speichern Sie und überschreiben Sie die Änderung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to merge: the files on disk are as read.</source>
        <translation>Nichts zusammenzuführen: die Dateien auf der Platte sind so, wie sie gelesen wurden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your edits are now applied to %1 as it is on disk; review and save.</source>
        <translation>Ihre Änderungen sind jetzt auf %1 in seinem Stand auf der Platte angewendet; prüfen und speichern Sie.</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Review Changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;view Changes</source>
        <translation>Än&amp;derungen prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What your unsaved edits do to every domain</source>
        <translation>Was Ihre ungespeicherten Änderungen für jede Domain bewirken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host Usage</source>
        <translation>Host-Nutzung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host Usage</source>
        <translation>&amp;Host-Nutzung</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Discard your unsaved edits and read the file again?</source>
        <translation>Ungespeicherte Änderungen verwerfen und die Datei neu lesen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Domain Scope...</source>
        <translation>&amp;Domain-Bereich hinzufügen ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Domain S&amp;cope</source>
        <translation>Domain-Bereich &amp;entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find Scope</source>
        <translation>Bereich &amp;suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resolve a Domain...</source>
        <translation>Domain a&amp;uflösen ...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen ...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How MX &amp;Routing Works</source>
        <translation>Wie MX-&amp;Routing funktioniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About RouteScope</source>
        <translation>Ü&amp;ber RouteScope</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scopes</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Live Panel</source>
        <translation>&amp;Live-Ansicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>Momentum configuration (*.conf);;All files (*)</source>
        <translation>Momentum-Konfiguration (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Opened %1: %n scope(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Bereich</numerusform>
            <numerusform>%1 geöffnet: %n Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add Domain Scope</source>
        <translation>Domain-Bereich hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name, or /regex/ for a pattern:</source>
        <translation>Domainname oder /Regex/ für ein Muster:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add domain %1</source>
        <translation>Domain %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove Domain Scope</source>
        <translation>Domain-Bereich entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the Domain scope &quot;%1&quot; and everything in it?</source>
        <translation>Den Domain-Bereich „%1“ mit seinem ganzen Inhalt entfernen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove domain %1</source>
        <translation>Domain %1 entfernen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not written (your edits are kept): %1.</source>
        <translation>Nicht geschrieben (Ihre Änderungen bleiben erhalten): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: %1.</source>
        <translation>Geschrieben: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed on Disk</source>
        <translation>Auf der Platte geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed on disk since RouteScope read it. Saving now would write over that change.</source>
        <translation>%1 wurde auf der Platte geändert, seit RouteScope die Datei gelesen hat. Speichern würde diese Änderung jetzt überschreiben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reload (Discard My Edits)</source>
        <translation>&amp;Neu laden (meine Änderungen verwerfen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overwrite...</source>
        <translation>Ü&amp;berschreiben ...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard your unsaved edits in %1 and read the files from disk?</source>
        <translation>Ihre ungespeicherten Änderungen in %1 verwerfen und die Dateien von der Platte lesen?</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n line(s) changed on disk</source>
        <translation>
            <numerusform>%1: %n Zeile auf der Platte geändert</numerusform>
            <numerusform>%1: %n Zeilen auf der Platte geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwriting loses what was changed on disk: %1. Overwrite?</source>
        <translation>Überschreiben verwirft, was auf der Platte geändert wurde: %1. Überschreiben?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Included files have unsaved edits; save them first (Save As writes only %1).</source>
        <translation>Eingebundene Dateien haben ungespeicherte Änderungen; speichern Sie diese zuerst (Speichern unter schreibt nur %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Configuration As</source>
        <translation>Konfiguration speichern unter</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>About RouteScope</source>
        <translation>Über RouteScope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;RouteScope %1&lt;/h3&gt;&lt;p&gt;Edits the outbound routing of the Momentum MTA (Routes, Gateway, Remote_SMTP_Port, Max_Outbound_Connections) without disturbing the rest of the file, and shows what the MTA would do with it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RouteScope %1&lt;/h3&gt;&lt;p&gt;Bearbeitet das ausgehende Routing des Momentum MTA (Routes, Gateway, Remote_SMTP_Port, Max_Outbound_Connections), ohne den Rest der Datei anzutasten, und zeigt, was der MTA damit tun würde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-723"/>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lesso&amp;ns</source>
        <translation>Lektio&amp;nen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulation over Time</source>
        <translation>Simulation im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Si&amp;mulation over Time</source>
        <translation>Si&amp;mulation im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>rs::ui::ProblemsModel</name>
    <message>
        <location filename="../ui/editor/problemsmodel.cpp" line="+75"/>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2:%3: %4</source>
        <extracomment>%1 file, %2 line, %3 column, %4 &quot;Warning: what [code]&quot;</extracomment>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>rs::ui::ReviewView</name>
    <message>
        <location filename="../ui/review/reviewview.cpp" line="+25"/>
        <source>Progress of the comparison</source>
        <translation>Fortschritt des Vergleichs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Domains the change affects</source>
        <translation>Domains, die die Änderung betrifft</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hosts before the change</source>
        <translation>Hosts vor der Änderung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosts after the change</source>
        <translation>Hosts nach der Änderung</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+98"/>
        <source>Comparing…</source>
        <translation>Vergleich läuft …</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Open a configuration to review what its changes do to every domain.</source>
        <translation>Öffnen Sie eine Konfiguration, um zu prüfen, was ihre Änderungen für jede Domain bewirken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Live panel has no zone file: choose one in Settings, or resolve through DNS.</source>
        <translation>Die Live-Ansicht hat keine Zonendatei: wählen Sie eine in den Einstellungen, oder lösen Sie über DNS auf.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No unsaved edits.</source>
        <translation>Keine ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a domain to compare its hosts.</source>
        <translation>Wählen Sie eine Domain, um ihre Hosts zu vergleichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: %1, domain limit %2</source>
        <extracomment>%1 a domain (or &quot;domain through binding&quot;), %2 its limit of connections</extracomment>
        <translation>Gespeichert: %1, Domain-Limit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As edited: %1, domain limit %2</source>
        <translation>Bearbeitet: %1, Domain-Limit %2</translation>
    </message>
</context>
<context>
    <name>rs::ui::RouteDelegate</name>
    <message>
        <location filename="../ui/editor/routedelegate.cpp" line="+57"/>
        <source>by position</source>
        <translation>nach Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TTL in seconds</source>
        <translation>TTL in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lookup type</source>
        <translation>Abfragetyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default (MX, then A)</source>
        <translation>Standard (MX, dann A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mx</source>
        <translation>mx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a (addresses only)</source>
        <translation>a (nur Adressen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Route entry</source>
        <translation>Routeneintrag</translation>
    </message>
</context>
<context>
    <name>rs::ui::RoutePane</name>
    <message>
        <location filename="../ui/editor/routepane.cpp" line="+56"/>
        <source>&amp;Add Route...</source>
        <translation>Route &amp;hinzufügen ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Route</source>
        <translation>Route &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Route</source>
        <translation>Route &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Route &amp;Up</source>
        <translation>Route nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Route Do&amp;wn</source>
        <translation>Route nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Override Here</source>
        <translation>Hier ü&amp;berschreiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Route table status</source>
        <translation>Status der Routentabelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection limit of the scope&apos;s mail</source>
        <translation>Verbindungslimit für die Mail des Bereichs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routes of the selected scope</source>
        <translation>Routen des ausgewählten Bereichs</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Add Route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route entry: __mx__, a host name, an IP address or smtp://host?pref=10&amp;port=25&amp;type=a</source>
        <translation>Routeneintrag: __mx__, ein Hostname, eine IP-Adresse oder smtp://host?pref=10&amp;port=25&amp;type=a</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No scope selected</source>
        <translation>Kein Bereich ausgewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global scope</source>
        <translation>Globaler Bereich</translation>
    </message>
</context>
<context>
    <name>rs::ui::RouteTableModel</name>
    <message>
        <location filename="../ui/editor/routetablemodel.cpp" line="+40"/>
        <source>default</source>
        <comment>route lookup type</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+13"/>
        <source>the global scope</source>
        <translation>dem globalen Bereich</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Select a scope to see its routes.</source>
        <translation>Wählen Sie einen Bereich, um seine Routen zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host scopes set no routes; their Max_Outbound_Connections limits each host.</source>
        <translation>Host-Bereiche setzen keine Routen; ihr Max_Outbound_Connections begrenzt jeden Host.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No routes here: mail for this domain follows the routes of %1 (shown read-only). Use &quot;Override here&quot; to give it its own list.</source>
        <translation>Hier sind keine Routen gesetzt: Mail für diese Domain folgt den Routen von %1 (schreibgeschützt angezeigt). Mit „Hier überschreiben“ erhält sie eine eigene Liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No routes anywhere: mail goes to each recipient domain&apos;s own MX hosts (__mx__).</source>
        <translation>Nirgends sind Routen gesetzt: Mail geht an die eigenen MX-Hosts jeder Empfängerdomain (__mx__).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This scope sets no routes.</source>
        <translation>Dieser Bereich setzt keine Routen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: every message goes to this host, like a one-entry route list. Gateway is shown, not edited; add routes to override it.</source>
        <translation>Gateway: Jede Nachricht geht an diesen Host, wie bei einer Routenliste mit einem Eintrag. Gateway wird angezeigt, nicht bearbeitet; Routen überschreiben es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This scope sets both Routes and Gateway; RouteScope assumes Routes wins.</source>
        <translation>Dieser Bereich setzt Routes und Gateway; RouteScope nimmt an, dass Routes gilt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>MX of the recipient domain</source>
        <translation>MX der Empfängerdomain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(invalid)</source>
        <translation>(ungültig)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 (position)</source>
        <translation>%1 (Position)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No pref=: the preference is the entry&apos;s position in the list (%1).</source>
        <translation>Kein pref=: Die Präferenz ist die Position des Eintrags in der Liste (%1).</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Routes written directly in a Binding or Binding_Group has no effect: Momentum takes routes only from Domain stanzas and the global scope.</source>
        <translation>Ein Routes direkt in einem Binding oder Binding_Group wirkt nicht: Momentum liest Routen nur aus Domain-Abschnitten und dem globalen Bereich.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the default SMTP port</source>
        <translation>dem Standard-SMTP-Port</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the default</source>
        <translation>dem Standardwert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Up to %n connection(s) at once per domain (%1).</source>
        <translation>
            <numerusform>Höchstens %n Verbindung gleichzeitig je Domain (%1).</numerusform>
            <numerusform>Höchstens %n Verbindungen gleichzeitig je Domain (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Port %1 from %2.</source>
        <translation>Port %1 aus %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inherited; use &quot;Override here&quot; to edit.</source>
        <translation>Geerbt; zum Bearbeiten „Hier überschreiben“ verwenden.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Set routes of %1</source>
        <translation>Routen von %1 setzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is still being updated; make the edit again in a moment.</source>
        <translation>Die Datei wird noch aktualisiert; nehmen Sie die Änderung gleich noch einmal vor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add route</source>
        <translation>Route hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove %n route(s)</source>
        <translation>
            <numerusform>%n Route entfernen</numerusform>
            <numerusform>%n Routen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate route</source>
        <translation>Route duplizieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move route up</source>
        <translation>Route nach oben verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move route down</source>
        <translation>Route nach unten verschieben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Move route</source>
        <translation>Route verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override routes in %1</source>
        <translation>Routen in %1 überschreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear routes of %1</source>
        <translation>Routen von %1 entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pref</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preference: lower is tried first; equal values share the load</source>
        <translation>Präferenz: kleinere Werte zuerst, gleiche teilen sich die Last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds the resolved addresses are kept; DNS when not set</source>
        <translation>Sekunden, die aufgelöste Adressen gelten; ohne Angabe aus dem DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default and mx: MX lookup falling back to A/AAAA; a: A/AAAA only</source>
        <translation>Standard und mx: MX-Abfrage, ersatzweise A/AAAA; a: nur A/AAAA</translation>
    </message>
</context>
<context>
    <name>rs::ui::ScopeTreeModel</name>
    <message>
        <location filename="../ui/editor/scopetreemodel.cpp" line="+39"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bindings</source>
        <translation>Bindings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+40"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Global scope</source>
        <translation>Globaler Bereich</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sets Routes (%n entries)</source>
        <translation>
            <numerusform>Setzt Routes (%n Eintrag)</numerusform>
            <numerusform>Setzt Routes (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets Gateway</source>
        <translation>Setzt Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets no routes: falls back to the next matching scope</source>
        <translation>Setzt keine Routen: der nächste passende Bereich gilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max_Outbound_Connections = %1</source>
        <translation>Max_Outbound_Connections = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote_SMTP_Port = %1</source>
        <translation>Remote_SMTP_Port = %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
</context>
<context>
    <name>rs::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+28"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect when RouteScope starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von RouteScope.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Live panel&lt;/b&gt;</source>
        <translation>&lt;b&gt;Live-Ansicht&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve the live panel through</source>
        <translation>Die Live-Ansicht auflösen über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline zone file</source>
        <translation>Offline-Zonendatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS server (c-ares)</source>
        <translation>DNS-Server (c-ares)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve &amp;through:</source>
        <translation>Auflösen ü&amp;ber:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zone file</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone File</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone files (*.zone *.test *.db);;All files (*)</source>
        <translation>Zonendateien (*.zone *.test *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Zone file:</source>
        <translation>&amp;Zonendatei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System resolver</source>
        <translation>Resolver des Systems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host or host:port, e.g. 127.0.0.1:5353; empty uses the system&apos;s resolver</source>
        <translation>Host oder Host:Port, z. B. 127.0.0.1:5353; leer nutzt den Resolver des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS &amp;server:</source>
        <translation>DNS-Se&amp;rver:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS timeout</source>
        <translation>DNS-Zeitlimit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS time&amp;out per try:</source>
        <translation>Zeit&amp;limit je Versuch:</translation>
    </message>
</context>
<context>
    <name>rs::ui::SimulationChart</name>
    <message>
        <location filename="../ui/simulation/simulationchart.cpp" line="+131"/>
        <source>Chart of each host over time</source>
        <translation>Diagramm jedes Hosts im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart of the queue over time</source>
        <translation>Diagramm der Warteschlange im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connections per host</source>
        <translation>Verbindungen je Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered per host and step</source>
        <translation>Zugestellt je Host und Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Lines: median of %n run(s); bands: 10-90 % of the runs; dashed: the expected spread (fewest connections); grey: a host down.</source>
        <translation>
            <numerusform>Linien: Median von %n Durchlauf; Bänder: 10-90 % der Durchläufe; gestrichelt: die erwartete Verteilung (wenigste Verbindungen); grau: ein Host ausgefallen.</numerusform>
            <numerusform>Linien: Median von %n Durchläufen; Bänder: 10-90 % der Durchläufe; gestrichelt: die erwartete Verteilung (wenigste Verbindungen); grau: ein Host ausgefallen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Messages delivered in each step of %1 s. Lines: median of %n run(s); bands: 10-90 % of the runs; grey: a host down.</source>
        <translation>
            <numerusform>Zugestellte Nachrichten in jedem Schritt von %1 s. Linien: Median von %n Durchlauf; Bänder: 10-90 % der Durchläufe; grau: ein Host ausgefallen.</numerusform>
            <numerusform>Zugestellte Nachrichten in jedem Schritt von %1 s. Linien: Median von %n Durchläufen; Bänder: 10-90 % der Durchläufe; grau: ein Host ausgefallen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+49"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 (10-90 %)</source>
        <translation>%1 (10-90 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (expected)</source>
        <translation>%1 (erwartet)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 down</source>
        <extracomment>legend of a shaded time window in which a host is down</extracomment>
        <translation>%1 ausgefallen</translation>
    </message>
</context>
<context>
    <name>rs::ui::SimulationView</name>
    <message>
        <location filename="../ui/simulation/simulationview.cpp" line="+75"/>
        <source>Values at the time shown</source>
        <translation>Werte zum gezeigten Zeitpunkt</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+265"/>
        <source>Choose a domain in the Live panel: the simulation follows its domain, binding and what-if.</source>
        <translation>Wählen Sie eine Domain in der Live-Ansicht: die Simulation übernimmt deren Domain, Binding und Was-wäre-wenn-Vorgaben.</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>&amp;Duration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simulated duration</source>
        <translation>Simulierte Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to simulate: 90s, 10m, 1h30m</source>
        <translation>Wie lange simuliert wird: 90s, 10m, 1h30m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tep:</source>
        <translation>Schr&amp;itt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length of one time step</source>
        <translation>Länge eines Zeitschritts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The length of one step of the simulation: 1s, 10s, 1m</source>
        <translation>Die Länge eines Simulationsschritts: 1s, 10s, 1m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrivals:</source>
        <translation>An&amp;künfte:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages arriving for the domain</source>
        <translation>Für die Domain eintreffende Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages arriving for the domain: 50/s, 300/m, 1/2s</source>
        <translation>Für die Domain eintreffende Nachrichten: 50/s, 300/m, 1/2s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per co&amp;nnection:</source>
        <translation>&amp;Pro Verbindung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages one connection delivers per second</source>
        <translation>Nachrichten, die eine Verbindung pro Sekunde zustellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages one connection delivers per second (every host alike): 5/s, 1/2s</source>
        <translation>Nachrichten, die eine Verbindung pro Sekunde zustellt (für alle Hosts gleich): 5/s, 1/2s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of runs of the random pick</source>
        <translation>Anzahl der Durchläufe der Zufallswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MTA picks a host at random within a tier; more runs give the 10-90 % band</source>
        <translation>Der MTA wählt innerhalb einer Stufe zufällig einen Host; mehrere Durchläufe ergeben das Band 10-90 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;uns:</source>
        <translation>Dur&amp;chläufe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outage windows</source>
        <translation>Ausfallzeiträume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host of the new outage</source>
        <translation>Host des neuen Ausfalls</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start of the outage</source>
        <translation>Beginn des Ausfalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the host goes down: 2m, 90s</source>
        <translation>Wann der Host ausfällt: 2m, 90s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End of the outage</source>
        <translation>Ende des Ausfalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the host is back: 4m</source>
        <translation>Wann der Host wieder verfügbar ist: 4m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Outage</source>
        <translation>Aus&amp;fall hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected outage</source>
        <translation>Den ausgewählten Ausfall entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <extracomment>between the start and the end of an outage window</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host &amp;down:</source>
        <translation>H&amp;ost-Ausfall:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hosts marked down and limits set in the Live panel apply for the whole run</source>
        <translation>In der Live-Ansicht als ausgefallen markierte Hosts und dort gesetzte Limits gelten für den ganzen Durchlauf</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Go to the start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step back</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+216"/>
        <location line="+1"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>One step forward</source>
        <translation>Einen Schritt vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time shown</source>
        <translation>Gezeigter Zeitpunkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the host chart shows</source>
        <translation>Was das Host-Diagramm zeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages delivered</source>
        <translation>Zugestellte Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulation progress</source>
        <translation>Fortschritt der Simulation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;how:</source>
        <translation>An&amp;zeige:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Open a configuration to simulate where its mail goes.</source>
        <translation>Öffnen Sie eine Konfiguration, um zu simulieren, wohin ihre Mail geht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Live panel has no zone file: choose one in Settings, or resolve through DNS.</source>
        <translation>Die Live-Ansicht hat keine Zonendatei: wählen Sie eine in den Einstellungen, oder lösen Sie über DNS auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolving %1…</source>
        <translation>Löse %1 auf …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No candidate of %1 is called %2: its outage changes nothing.</source>
        <translation>Kein Kandidat von %1 heißt %2: der Ausfall ändert nichts.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2 to %3</source>
        <extracomment>an outage window: host, from, to</extracomment>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unlimited</source>
        <translation>%1 unbegrenzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 limited to %2</source>
        <translation>%1 begrenzt auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if of the Live panel: none.</source>
        <translation>Was-wäre-wenn-Vorgaben der Live-Ansicht: keine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if of the Live panel, for the whole run: %1.</source>
        <translation>Was-wäre-wenn-Vorgaben der Live-Ansicht, für den ganzen Durchlauf: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; through binding &lt;b&gt;%2&lt;/b&gt;, from the Live panel</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; über das Binding &lt;b&gt;%2&lt;/b&gt;, aus der Live-Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, from the Live panel</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, aus der Live-Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No domain: choose one in the Live panel.</source>
        <translation>Keine Domain: wählen Sie eine in der Live-Ansicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An outage needs a start and a later end: 2m to 4m.</source>
        <translation>Ein Ausfall braucht einen Beginn und ein späteres Ende: 2m bis 4m.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: %2 queued (10-90 %: %3 to %4).</source>
        <translation>Bei %1: %2 in der Warteschlange (10-90 %: %3 bis %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1: %2 queued.</source>
        <translation>Bei %1: %2 in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the DNS answer</source>
        <translation>nicht in der DNS-Antwort</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n connection(s) (expected %1)</source>
        <translation>
            <numerusform>%n Verbindung (erwartet %1)</numerusform>
            <numerusform>%n Verbindungen (erwartet %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n delivered</source>
        <translation>
            <numerusform>%n zugestellt</numerusform>
            <numerusform>%n zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>rs::ui::SourceView</name>
    <message>
        <location filename="../ui/editor/sourceview.cpp" line="+38"/>
        <source>Configuration source</source>
        <translation>Quelltext der Konfiguration</translation>
    </message>
</context>
<context>
    <name>rs::ui::TierView</name>
    <message>
        <location filename="../ui/live/tierview.cpp" line="+133"/>
        <source>&lt;b&gt;Preference %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Präferenz %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference %1</source>
        <translation>Präferenz %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Waiting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wartend&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n connection(s) wait.</source>
        <translation>
            <numerusform>%n Verbindung wartet.</numerusform>
            <numerusform>%n Verbindungen warten.</numerusform>
        </translation>
    </message>
</context>
</TS>
