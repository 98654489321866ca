<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; valid commands: %2</source>
        <translation>unbekannter Befehl „%1“; gültige Befehle: %2</translation>
    </message>
    <message>
        <source>Write the eleven-state TCP diagram to FILE. The format follows the extension: .png, .svg or .pdf. No display is needed.</source>
        <translation>Schreibt das TCP-Diagramm mit den elf Zuständen in DATEI. Das Format folgt der Endung: .png, .svg oder .pdf. Kein Bildschirm nötig.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Highlight states, comma-separated or repeated (e.g. ESTABLISHED,TIME_WAIT).</source>
        <translation>Zustände hervorheben, durch Kommas getrennt oder wiederholt (z. B. ESTABLISHED,TIME_WAIT).</translation>
    </message>
    <message>
        <source>STATE[,STATE...]</source>
        <translation>ZUSTAND[,ZUSTAND...]</translation>
    </message>
    <message>
        <source>Colour theme: light, dark or print.</source>
        <translation>Farbschema: light (hell), dark (dunkel) oder print (Druck).</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>Width in pixels (PNG) or points.</source>
        <translation>Breite in Pixeln (PNG) oder Punkten.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Height in pixels (PNG) or points.</source>
        <translation>Höhe in Pixeln (PNG) oder Punkten.</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Language of the diagram, e.g. de or zh_CN.</source>
        <translation>Sprache des Diagramms, z. B. de oder zh_CN.</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Draw all edges alike instead of marking the client and server paths.</source>
        <translation>Alle Kanten gleich zeichnen, statt Client- und Server-Pfad hervorzuheben.</translation>
    </message>
    <message>
        <source>Leave out the RST and ABORT edges.</source>
        <translation>Die RST- und ABORT-Kanten weglassen.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>unbekannte Sprache „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <source>export-diagram needs exactly one FILE (see --help).</source>
        <translation>export-diagram braucht genau eine DATEI (siehe --help).</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; valid themes: %2</source>
        <translation>unbekanntes Farbschema „%1“; gültige Schemata: %2</translation>
    </message>
    <message>
        <source>width and height must be whole numbers from 16 to 20000.</source>
        <translation>Breite und Höhe müssen ganze Zahlen von 16 bis 20000 sein.</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; valid states: %2</source>
        <translation>unbekannter Zustand „%1“; gültige Zustände: %2</translation>
    </message>
    <message>
        <source>cannot export to &quot;%1&quot;: unknown file type; use .png, .svg or .pdf.</source>
        <translation>kann nicht nach „%1“ exportieren: unbekannter Dateityp; bitte .png, .svg oder .pdf verwenden.</translation>
    </message>
    <message>
        <source>Print every edge of the TCP state machine (RFC 9293 Figure 5 and §3.10).</source>
        <translation>Jede Kante des TCP-Zustandsautomaten ausgeben (RFC 9293, Abbildung 5 und §3.10).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>transitions takes no arguments, got &quot;%1&quot;.</source>
        <translation>transitions erwartet keine Argumente, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>EVENT / ACTION</source>
        <translation>EREIGNIS / AKTION</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Edges: %1</source>
        <translation>Kanten: %1</translation>
    </message>
    <message>
        <source>Commands (each has its own --help):
  export-diagram FILE   Write the state diagram to a PNG, SVG or PDF file.
  transitions           Print the transition table (RFC 9293).
  snapshot              Print the kernel&apos;s TCP table, like ss.
  watch                 Print every TCP state change as it happens.
  lab                   Real loopback sockets: reach and hold a state, run a scenario.
Without a command the main window opens.</source>
        <translation>Befehle (jeder hat eine eigene --help):
  export-diagram DATEI  Das Zustandsdiagramm als PNG-, SVG- oder PDF-Datei schreiben.
  transitions           Die Übergangstabelle ausgeben (RFC 9293).
  snapshot              Die TCP-Tabelle des Kernels ausgeben, wie ss.
  watch                 Jeden TCP-Zustandswechsel ausgeben, sobald er geschieht.
  lab                   Echte Loopback-Sockets: einen Zustand erreichen und halten, ein Szenario abspielen.
Ohne Befehl öffnet sich das Hauptfenster.</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown file type. Use a name ending in .png, .svg or .pdf.</source>
        <translation>Export nach „%1“ nicht möglich: unbekannter Dateityp. Bitte einen Namen mit .png, .svg oder .pdf verwenden.</translation>
    </message>
    <message>
        <source>Cannot export at %1×%2: width and height must be between 16 and 20000 pixels.</source>
        <translation>Export in %1×%2 nicht möglich: Breite und Höhe müssen zwischen 16 und 20000 Pixeln liegen.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the PNG encoder failed.</source>
        <translation>„%1“ kann nicht geschrieben werden: Der PNG-Encoder ist gescheitert.</translation>
    </message>
    <message>
        <source>TCP state diagram</source>
        <translation>TCP-Zustandsdiagramm</translation>
    </message>
    <message>
        <source>The eleven TCP connection states of RFC 9293, drawn by TCP State Lab.</source>
        <translation>Die elf TCP-Verbindungszustände nach RFC 9293, gezeichnet von TCP State Lab.</translation>
    </message>
</context>
<context>
    <name>LabCommands</name>
    <message>
        <source>unknown source &quot;%1&quot;; valid sources: auto, netlink, procfs.</source>
        <translation>unbekannte Quelle „%1“; gültige Quellen: auto, netlink, procfs.</translation>
    </message>
    <message>
        <source>the lab cannot follow the kernel: neither netlink nor procfs can be read (%1).</source>
        <translation>das Labor kann dem Kernel nicht folgen: weder netlink noch procfs sind lesbar (%1).</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>(passed unseen between two polls)</source>
        <translation>(ungesehen zwischen zwei Abfragen durchlaufen)</translation>
    </message>
    <message>
        <source>States (tcpstatelab lab reach STATE):</source>
        <translation>Zustände (tcpstatelab lab reach ZUSTAND):</translation>
    </message>
    <message>
        <source>Scenarios (tcpstatelab lab run SCENARIO):</source>
        <translation>Szenarien (tcpstatelab lab run SZENARIO):</translation>
    </message>
    <message>
        <source>Real TCP sockets on loopback, driven into a state and held there (reach STATE), or walked through a scenario (run SCENARIO), their states read live from the kernel.</source>
        <translation>Echte TCP-Sockets auf Loopback, in einen Zustand gebracht und dort gehalten (reach ZUSTAND) oder durch ein Szenario geführt (run SZENARIO); ihre Zustände werden live aus dem Kernel gelesen.</translation>
    </message>
    <message>
        <source>reach STATE, or run SCENARIO.</source>
        <translation>reach ZUSTAND oder run SZENARIO.</translation>
    </message>
    <message>
        <source>reach|run NAME</source>
        <translation>reach|run NAME</translation>
    </message>
    <message>
        <source>List every state recipe and scenario.</source>
        <translation>Alle Zustandsrezepte und Szenarien auflisten.</translation>
    </message>
    <message>
        <source>reach: hold the state for S seconds (default: until Ctrl-C).</source>
        <translation>reach: den Zustand S Sekunden halten (Vorgabe: bis Strg+C).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>ipv4 or ipv6 (default ipv4).</source>
        <translation>ipv4 oder ipv6 (Vorgabe ipv4).</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILIE</translation>
    </message>
    <message>
        <source>The server&apos;s port (default: any free port).</source>
        <translation>Der Port des Servers (Vorgabe: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>How to follow the kernel: auto, netlink or procfs.</source>
        <translation>Wie dem Kernel gefolgt wird: auto, netlink oder procfs.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>run: milliseconds between polls (1 to 1000, default 1).</source>
        <translation>run: Millisekunden zwischen zwei Abfragen (1 bis 1000, Vorgabe 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>use &quot;lab reach STATE&quot;, &quot;lab run SCENARIO&quot; or &quot;lab --list&quot;.</source>
        <translation>bitte „lab reach ZUSTAND“, „lab run SZENARIO“ oder „lab --list“ verwenden.</translation>
    </message>
    <message>
        <source>unknown family &quot;%1&quot;; valid families: ipv4, ipv6.</source>
        <translation>unbekannte Adressfamilie „%1“; gültig: ipv4, ipv6.</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: a port is a whole number from 1 to 65535.</source>
        <translation>ungültiger Port „%1“: Ein Port ist eine ganze Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>invalid --hold &quot;%1&quot;: use a number of seconds from 0 to 86400.</source>
        <translation>ungültiges --hold „%1“: bitte eine Sekundenzahl von 0 bis 86400 angeben.</translation>
    </message>
    <message>
        <source>invalid --interval-ms &quot;%1&quot;: use a whole number from 1 to 1000.</source>
        <translation>ungültiges --interval-ms „%1“: bitte eine ganze Zahl von 1 bis 1000 angeben.</translation>
    </message>
    <message>
        <source>the live lab needs Linux to produce and hold states with real sockets; the simulator shows every state on any system.</source>
        <translation>das Live-Labor braucht Linux, um Zustände mit echten Sockets zu erzeugen und zu halten; der Simulator zeigt jeden Zustand auf jedem System.</translation>
    </message>
    <message>
        <source>cannot reach &quot;%1&quot;; valid states: %2 (CLOSED is the absence of a socket).</source>
        <translation>„%1“ ist nicht erreichbar; gültige Zustände: %2 (CLOSED ist das Fehlen eines Sockets).</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 wurde nicht erreicht: %2</translation>
    </message>
    <message>
        <source>%1 reached and held (source: %2):</source>
        <translation>%1 erreicht und gehalten (Quelle: %2):</translation>
    </message>
    <message>
        <source>Holding for %1 s.</source>
        <translation>Wird %1 s gehalten.</translation>
    </message>
    <message>
        <source>Holding until Ctrl-C.</source>
        <translation>Wird bis Strg+C gehalten.</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;; valid scenarios: %2</source>
        <translation>unbekanntes Szenario „%1“; gültige Szenarien: %2</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_syncookies = %1</source>
        <translation>net.ipv4.tcp_syncookies = %1</translation>
    </message>
    <message>
        <source>after %1 clients: %2 half-open (SYN_RECEIVED) on the server, %3 clients in SYN_SENT, %4 established</source>
        <translation>nach %1 Clients: %2 halboffen (SYN_RECEIVED) auf dem Server, %3 Clients in SYN_SENT, %4 verbunden</translation>
    </message>
    <message>
        <source>%1 short connections, client closing first: %2 in TIME_WAIT, %3 to %4 s left</source>
        <translation>%1 kurze Verbindungen, der Client schließt zuerst: %2 in TIME_WAIT, noch %3 bis %4 s</translation>
    </message>
    <message>
        <source>%1 more, client aborting with SO_LINGER 0: %2 new in TIME_WAIT</source>
        <translation>%1 weitere, der Client bricht mit SO_LINGER 0 ab: %2 neu in TIME_WAIT</translation>
    </message>
    <message>
        <source>a new listener on the port with TIME_WAIT connections: without SO_REUSEADDR %1, with SO_REUSEADDR %2</source>
        <translation>ein neuer lauschender Socket auf dem Port mit TIME_WAIT-Verbindungen: ohne SO_REUSEADDR %1, mit SO_REUSEADDR %2</translation>
    </message>
    <message>
        <source>binds</source>
        <translation>bindet</translation>
    </message>
    <message>
        <source>fails (%1)</source>
        <translation>scheitert (%1)</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>scheitert</translation>
    </message>
    <message>
        <source>scenario %1 failed: %2</source>
        <translation>Szenario %1 gescheitert: %2</translation>
    </message>
</context>
<context>
    <name>LabText</name>
    <message>
        <source>A listening socket.</source>
        <translation>Ein lauschender Socket.</translation>
    </message>
    <message>
        <source>Backlog 0 and nobody accepts: the accept queue is full, the listener drops the next SYN and that client keeps retrying.</source>
        <translation>Backlog 0 und niemand nimmt an: Die Accept-Warteschlange ist voll, der lauschende Socket verwirft das nächste SYN, und dieser Client versucht es weiter.</translation>
    </message>
    <message>
        <source>TCP_DEFER_ACCEPT on the listener: the handshake&apos;s bare ACK is ignored, so the server&apos;s half-open request stays.</source>
        <translation>TCP_DEFER_ACCEPT am lauschenden Socket: Das bloße ACK des Handshakes wird ignoriert, also bleibt die halboffene Anfrage des Servers bestehen.</translation>
    </message>
    <message>
        <source>A client connects and the server accepts.</source>
        <translation>Ein Client verbindet sich, und der Server nimmt an.</translation>
    </message>
    <message>
        <source>The server stops reading: the client&apos;s FIN waits behind unsent data in a zero window.</source>
        <translation>Der Server liest nicht mehr: Das FIN des Clients wartet hinter ungesendeten Daten in einem Nullfenster.</translation>
    </message>
    <message>
        <source>The client shuts down writing; the server does not close.</source>
        <translation>Der Client beendet das Schreiben; der Server schließt nicht.</translation>
    </message>
    <message>
        <source>The server&apos;s side of FIN_WAIT_2: the client&apos;s FIN arrived, the server has not closed.</source>
        <translation>Die Serverseite von FIN_WAIT_2: Das FIN des Clients ist angekommen, der Server hat nicht geschlossen.</translation>
    </message>
    <message>
        <source>Both shut down while the client&apos;s FIN still waits behind a zero window: the server&apos;s FIN arrives first.</source>
        <translation>Beide beenden das Schreiben, während das FIN des Clients noch hinter einem Nullfenster wartet: Das FIN des Servers kommt zuerst an.</translation>
    </message>
    <message>
        <source>The client half-closes and stops reading; the server&apos;s FIN waits behind data the client won&apos;t read.</source>
        <translation>Der Client schließt halb und liest nicht mehr; das FIN des Servers wartet hinter Daten, die der Client nicht liest.</translation>
    </message>
    <message>
        <source>The client closes first, then the server: the client&apos;s end waits 60 s (2MSL on Linux).</source>
        <translation>Erst schließt der Client, dann der Server: Das Ende des Clients wartet 60 s (2MSL unter Linux).</translation>
    </message>
    <message>
        <source>The absence of a socket: nothing to hold.</source>
        <translation>Das Fehlen eines Sockets: Es gibt nichts zu halten.</translation>
    </message>
    <message>
        <source>Listen, connect, accept: SYN, SYN,ACK, ACK.</source>
        <translation>Lauschen, verbinden, annehmen: SYN, SYN,ACK, ACK.</translation>
    </message>
    <message>
        <source>The client closes first (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), then the server (CLOSE_WAIT, LAST_ACK).</source>
        <translation>Erst schließt der Client (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), dann der Server (CLOSE_WAIT, LAST_ACK).</translation>
    </message>
    <message>
        <source>Both sides close while each FIN waits behind data: both in FIN_WAIT_1, the client passes CLOSING.</source>
        <translation>Beide Seiten schließen, während jedes FIN hinter Daten wartet: beide in FIN_WAIT_1, der Client durchläuft CLOSING.</translation>
    </message>
    <message>
        <source>A socket connects to its own port: its SYN meets itself (SYN_SENT, SYN_RECEIVED, ESTABLISHED).</source>
        <translation>Ein Socket verbindet sich mit seinem eigenen Port: Sein SYN trifft sich selbst (SYN_SENT, SYN_RECEIVED, ESTABLISHED).</translation>
    </message>
    <message>
        <source>The client shuts down writing and keeps reading the data the server still sends.</source>
        <translation>Der Client beendet das Schreiben und liest weiter die Daten, die der Server noch sendet.</translation>
    </message>
    <message>
        <source>The client aborts with SO_LINGER 0: a RST, and both ends are gone at once.</source>
        <translation>Der Client bricht mit SO_LINGER 0 ab: ein RST, und beide Enden sind sofort weg.</translation>
    </message>
    <message>
        <source>Connecting to a port nobody listens on: a RST answers the SYN (ECONNREFUSED).</source>
        <translation>Verbindung zu einem Port, an dem niemand lauscht: Ein RST beantwortet das SYN (ECONNREFUSED).</translation>
    </message>
    <message>
        <source>Many clients against a backlog of 4 that nobody accepts: half-open connections, then dropped SYNs.</source>
        <translation>Viele Clients gegen einen Backlog von 4, den niemand annimmt: halboffene Verbindungen, dann verworfene SYNs.</translation>
    </message>
    <message>
        <source>Short connections pile up in TIME_WAIT; SO_LINGER 0 avoids it; SO_REUSEADDR rebinds past it.</source>
        <translation>Kurze Verbindungen sammeln sich in TIME_WAIT; SO_LINGER 0 vermeidet das; SO_REUSEADDR bindet trotzdem neu.</translation>
    </message>
</context>
<context>
    <name>ProbeCommands</name>
    <message>
        <source>Only sockets whose local or remote port is P (repeatable).</source>
        <translation>Nur Sockets, deren lokaler oder entfernter Port P ist (wiederholbar).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Every TCP socket (the default without --port).</source>
        <translation>Alle TCP-Sockets (die Vorgabe ohne --port).</translation>
    </message>
    <message>
        <source>Where to read the table: auto, netlink or procfs.</source>
        <translation>Woher die Tabelle gelesen wird: auto, netlink oder procfs.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: a port is a whole number from 1 to 65535.</source>
        <translation>ungültiger Port „%1“: Ein Port ist eine ganze Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>use either --all or --port, not both.</source>
        <translation>bitte entweder --all oder --port angeben, nicht beides.</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; valid sources: auto, netlink, procfs.</source>
        <translation>unbekannte Quelle „%1“; gültige Quellen: auto, netlink, procfs.</translation>
    </message>
    <message>
        <source>cannot read the kernel&apos;s TCP table from %1: %2</source>
        <translation>die TCP-Tabelle des Kernels kann nicht über %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>note: %1 (source: %2)</source>
        <translation>Hinweis: %1 (Quelle: %2)</translation>
    </message>
    <message>
        <source>Print the kernel&apos;s TCP sockets with their states, like ss: state, local and remote endpoint, timer and queues, and the number of sockets in each state.</source>
        <translation>Gibt die TCP-Sockets des Kernels mit ihren Zuständen aus, wie ss: Zustand, lokaler und entfernter Endpunkt, Timer und Warteschlangen sowie die Anzahl der Sockets je Zustand.</translation>
    </message>
    <message>
        <source>Also record the raw netlink replies to FILE (test data, like ss -D).</source>
        <translation>Die rohen Netlink-Antworten zusätzlich in DATEI aufzeichnen (Testdaten, wie ss -D).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>snapshot takes no arguments, got &quot;%1&quot;.</source>
        <translation>snapshot erwartet keine Argumente, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--save-netlink needs the netlink source.</source>
        <translation>--save-netlink braucht die Quelle netlink.</translation>
    </message>
    <message>
        <source>cannot record to &quot;%1&quot;: %2</source>
        <translation>Aufzeichnung nach „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>reading the TCP table failed: %1</source>
        <translation>Lesen der TCP-Tabelle fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <translation>Empf-Q</translation>
    </message>
    <message>
        <source>Send-Q</source>
        <translation>Send-Q</translation>
    </message>
    <message>
        <source>Local Address:Port</source>
        <translation>Lokale Adresse:Port</translation>
    </message>
    <message>
        <source>Peer Address:Port</source>
        <translation>Gegenstelle:Port</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>%1 sockets (source: %2)%3</source>
        <translation>%1 Sockets (Quelle: %2)%3</translation>
    </message>
    <message>
        <source>warning: the table changed while it was read; this snapshot may be inconsistent.</source>
        <translation>Warnung: Die Tabelle hat sich beim Lesen geändert; diese Momentaufnahme kann inkonsistent sein.</translation>
    </message>
    <message>
        <source>Print one line whenever a TCP connection appears, changes state or leaves the kernel&apos;s table, with a timestamp in milliseconds. Stops on Ctrl-C or after --duration.</source>
        <translation>Gibt eine Zeile aus, sobald eine TCP-Verbindung erscheint, ihren Zustand wechselt oder die Tabelle des Kernels verlässt, mit einem Zeitstempel in Millisekunden. Endet mit Strg+C oder nach --duration.</translation>
    </message>
    <message>
        <source>Milliseconds between polls (1 to 60000, default 100).</source>
        <translation>Millisekunden zwischen zwei Abfragen (1 bis 60000, Vorgabe 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: until Ctrl-C).</source>
        <translation>Nach S Sekunden enden (Vorgabe: bis Strg+C).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>watch takes no arguments, got &quot;%1&quot;.</source>
        <translation>watch erwartet keine Argumente, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>invalid --interval-ms &quot;%1&quot;: use a whole number from 1 to 60000.</source>
        <translation>ungültiges --interval-ms „%1“: bitte eine ganze Zahl von 1 bis 60000 angeben.</translation>
    </message>
    <message>
        <source>invalid --duration &quot;%1&quot;: use a positive number of seconds.</source>
        <translation>ungültige --duration „%1“: bitte eine positive Anzahl Sekunden angeben.</translation>
    </message>
    <message>
        <source>appeared in %1</source>
        <translation>erschienen in %1</translation>
    </message>
    <message>
        <source>left the table (was %1)</source>
        <translation>hat die Tabelle verlassen (war %1)</translation>
    </message>
</context>
<context>
    <name>StateText</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Lauscht</translation>
    </message>
    <message>
        <source>SYN sent</source>
        <translation>SYN gesendet</translation>
    </message>
    <message>
        <source>SYN received</source>
        <translation>SYN empfangen</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>FIN wait 1</source>
        <translation>FIN-Warten 1</translation>
    </message>
    <message>
        <source>FIN wait 2</source>
        <translation>FIN-Warten 2</translation>
    </message>
    <message>
        <source>Close wait</source>
        <translation>Warten auf Close</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Schließend</translation>
    </message>
    <message>
        <source>Last ACK</source>
        <translation>Letztes ACK</translation>
    </message>
    <message>
        <source>Time wait</source>
        <translation>Wartezeit 2MSL</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No connection exists: there is no transmission control block at all.</source>
        <translation>Es besteht keine Verbindung: Es gibt überhaupt keinen Transmission Control Block.</translation>
    </message>
    <message>
        <source>A server waits for a connection request (SYN) from any remote peer.</source>
        <translation>Ein Server wartet auf eine Verbindungsanfrage (SYN) von einer beliebigen Gegenstelle.</translation>
    </message>
    <message>
        <source>The client has sent its SYN and waits for the server&apos;s SYN,ACK.</source>
        <translation>Der Client hat sein SYN gesendet und wartet auf das SYN,ACK des Servers.</translation>
    </message>
    <message>
        <source>The server has received a SYN, answered with SYN,ACK and waits for the final ACK of the handshake.</source>
        <translation>Der Server hat ein SYN empfangen, mit SYN,ACK geantwortet und wartet auf das letzte ACK des Handshakes.</translation>
    </message>
    <message>
        <source>The connection is open: both sides may send and receive data.</source>
        <translation>Die Verbindung ist offen: Beide Seiten dürfen Daten senden und empfangen.</translation>
    </message>
    <message>
        <source>This side has closed and sent a FIN; it waits for that FIN to be acknowledged or for the peer&apos;s FIN.</source>
        <translation>Diese Seite hat geschlossen und ein FIN gesendet; sie wartet auf die Bestätigung dieses FIN oder auf das FIN der Gegenstelle.</translation>
    </message>
    <message>
        <source>This side&apos;s FIN has been acknowledged; it waits for the peer to close too.</source>
        <translation>Das FIN dieser Seite wurde bestätigt; sie wartet darauf, dass auch die Gegenstelle schließt.</translation>
    </message>
    <message>
        <source>The peer has closed (its FIN arrived); this side may still send and waits for its application to close.</source>
        <translation>Die Gegenstelle hat geschlossen (ihr FIN ist angekommen); diese Seite darf noch senden und wartet darauf, dass ihre Anwendung schließt.</translation>
    </message>
    <message>
        <source>Both sides closed at the same time; this side waits for the ACK of its own FIN.</source>
        <translation>Beide Seiten haben gleichzeitig geschlossen; diese Seite wartet auf das ACK ihres eigenen FIN.</translation>
    </message>
    <message>
        <source>The passive closer has sent its FIN and waits for the last ACK.</source>
        <translation>Die passiv schließende Seite hat ihr FIN gesendet und wartet auf das letzte ACK.</translation>
    </message>
    <message>
        <source>The active closer waits twice the maximum segment lifetime (60 s on Linux) so that old duplicates die out and a lost final ACK can be resent.</source>
        <translation>Die aktiv schließende Seite wartet die doppelte maximale Segmentlebensdauer (unter Linux 60 s), damit alte Duplikate verschwinden und ein verlorenes letztes ACK erneut gesendet werden kann.</translation>
    </message>
    <message>
        <source>The operating system reported a state this program does not know.</source>
        <translation>Das Betriebssystem meldete einen Zustand, den dieses Programm nicht kennt.</translation>
    </message>
    <message>
        <source>A RST answers the SYN: nobody listens on that port, so the connection is refused and the TCB deleted (RFC 9293 §3.10.7.3).</source>
        <translation>Ein RST beantwortet das SYN: Niemand lauscht an diesem Port, also wird die Verbindung abgelehnt und der TCB gelöscht (RFC 9293 §3.10.7.3).</translation>
    </message>
    <message>
        <source>A RST in SYN_RECEIVED after an active open aborts the attempt: the connection is refused (RFC 9293 §3.10.7.4).</source>
        <translation>Ein RST in SYN_RECEIVED nach einem aktiven Öffnen bricht den Versuch ab: Die Verbindung wird abgelehnt (RFC 9293 §3.10.7.4).</translation>
    </message>
    <message>
        <source>A RST in TIME_WAIT deletes the TCB early; RFC 1337 recommends ignoring it, Linux follows the RFC 9293 rule unless tcp_rfc1337 is set.</source>
        <translation>Ein RST in TIME_WAIT löscht den TCB vorzeitig; RFC 1337 empfiehlt, es zu ignorieren, Linux folgt der Regel aus RFC 9293, sofern tcp_rfc1337 nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>A valid RST in %1 resets the connection: the user is told &quot;connection reset&quot; and the TCB is deleted (RFC 9293 §3.10.7.4).</source>
        <translation>Ein gültiges RST in %1 setzt die Verbindung zurück: Die Anwendung erfährt „connection reset“, und der TCB wird gelöscht (RFC 9293 §3.10.7.4).</translation>
    </message>
    <message>
        <source>The application aborts in %1: a RST is sent, queued data is discarded and the TCB deleted (RFC 9293 §3.10.5); SO_LINGER with a zero timeout does this.</source>
        <translation>Die Anwendung bricht in %1 ab: Ein RST wird gesendet, wartende Daten werden verworfen und der TCB gelöscht (RFC 9293 §3.10.5); SO_LINGER mit Zeitlimit null bewirkt genau das.</translation>
    </message>
    <message>
        <source>The application aborts in %1: no RST is needed, the TCB is simply deleted (RFC 9293 §3.10.5).</source>
        <translation>Die Anwendung bricht in %1 ab: Ein RST ist nicht nötig, der TCB wird einfach gelöscht (RFC 9293 §3.10.5).</translation>
    </message>
    <message>
        <source>A server calls listen(): a TCB is created and waits for connection requests.</source>
        <translation>Ein Server ruft listen() auf: Ein TCB wird angelegt und wartet auf Verbindungsanfragen.</translation>
    </message>
    <message>
        <source>A client calls connect(): it picks an initial sequence number and sends a SYN.</source>
        <translation>Ein Client ruft connect() auf: Er wählt eine Anfangssequenznummer und sendet ein SYN.</translation>
    </message>
    <message>
        <source>The server closes its listening socket; the TCB is deleted.</source>
        <translation>Der Server schließt seinen lauschenden Socket; der TCB wird gelöscht.</translation>
    </message>
    <message>
        <source>A SYN arrives at the listener: it records the peer&apos;s sequence number and answers with its own SYN and an ACK.</source>
        <translation>Ein SYN erreicht den lauschenden Socket: Er merkt sich die Sequenznummer der Gegenstelle und antwortet mit seinem eigenen SYN und einem ACK.</translation>
    </message>
    <message>
        <source>Sending on a listening TCB turns it into an active open: a SYN goes out (allowed by the RFC, not offered by the sockets API).</source>
        <translation>Senden auf einem lauschenden TCB macht daraus ein aktives Öffnen: Ein SYN geht hinaus (vom RFC erlaubt, von der Socket-API nicht angeboten).</translation>
    </message>
    <message>
        <source>The client gives up before the handshake completes; the TCB is deleted.</source>
        <translation>Der Client gibt auf, bevor der Handshake abgeschlossen ist; der TCB wird gelöscht.</translation>
    </message>
    <message>
        <source>Simultaneous open: both sides sent a SYN; each receives the other&apos;s SYN and answers with SYN,ACK.</source>
        <translation>Gleichzeitiges Öffnen: Beide Seiten haben ein SYN gesendet; jede empfängt das SYN der anderen und antwortet mit SYN,ACK.</translation>
    </message>
    <message>
        <source>The server&apos;s SYN,ACK arrives: the client acknowledges it and the connection is established.</source>
        <translation>Das SYN,ACK des Servers kommt an: Der Client bestätigt es, und die Verbindung steht.</translation>
    </message>
    <message>
        <source>The final ACK of the three-way handshake arrives: the connection is established.</source>
        <translation>Das letzte ACK des Drei-Wege-Handshakes kommt an: Die Verbindung steht.</translation>
    </message>
    <message>
        <source>A RST in SYN_RECEIVED after a passive open returns the TCB to LISTEN: the half-open connection is forgotten.</source>
        <translation>Ein RST in SYN_RECEIVED nach einem passiven Öffnen führt den TCB zurück nach LISTEN: Die halboffene Verbindung wird vergessen.</translation>
    </message>
    <message>
        <source>The application closes before the handshake completes: a FIN is sent.</source>
        <translation>Die Anwendung schließt, bevor der Handshake abgeschlossen ist: Ein FIN wird gesendet.</translation>
    </message>
    <message>
        <source>The application closes (or shuts down writing): a FIN is sent; this side is the active closer.</source>
        <translation>Die Anwendung schließt (oder beendet das Schreiben): Ein FIN wird gesendet; diese Seite schließt aktiv.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives: it is acknowledged and the application will read end-of-file; this side is the passive closer.</source>
        <translation>Das FIN der Gegenstelle kommt an: Es wird bestätigt, und die Anwendung liest Dateiende; diese Seite schließt passiv.</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrives: our direction is closed; the peer may still send.</source>
        <translation>Das ACK unseres FIN kommt an: Unsere Richtung ist geschlossen; die Gegenstelle darf noch senden.</translation>
    </message>
    <message>
        <source>Simultaneous close: the peer&apos;s FIN arrives before the ACK of ours; it is acknowledged.</source>
        <translation>Gleichzeitiges Schließen: Das FIN der Gegenstelle kommt vor dem ACK unseres FIN an; es wird bestätigt.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives together with the ACK of our FIN: straight to TIME_WAIT.</source>
        <translation>Das FIN der Gegenstelle kommt zusammen mit dem ACK unseres FIN an: direkt nach TIME_WAIT.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives: it is acknowledged and TIME_WAIT begins (Linux times an orphaned FIN_WAIT_2 out after tcp_fin_timeout, 60 s).</source>
        <translation>Das FIN der Gegenstelle kommt an: Es wird bestätigt, und TIME_WAIT beginnt (Linux beendet ein verwaistes FIN_WAIT_2 nach tcp_fin_timeout, 60 s).</translation>
    </message>
    <message>
        <source>The application closes too: the passive closer sends its FIN.</source>
        <translation>Auch die Anwendung schließt: Die passiv schließende Seite sendet ihr FIN.</translation>
    </message>
    <message>
        <source>The ACK of our FIN arrives after a simultaneous close: TIME_WAIT begins.</source>
        <translation>Das ACK unseres FIN kommt nach einem gleichzeitigen Schließen an: TIME_WAIT beginnt.</translation>
    </message>
    <message>
        <source>The ACK of the passive closer&apos;s FIN arrives: the connection is gone.</source>
        <translation>Das ACK auf das FIN der passiv schließenden Seite kommt an: Die Verbindung ist beendet.</translation>
    </message>
    <message>
        <source>Twice the maximum segment lifetime has passed (60 s on Linux): the TCB is deleted.</source>
        <translation>Die doppelte maximale Segmentlebensdauer ist vergangen (unter Linux 60 s): Der TCB wird gelöscht.</translation>
    </message>
    <message>
        <source>client path</source>
        <translation>Client-Pfad</translation>
    </message>
    <message>
        <source>server path</source>
        <translation>Server-Pfad</translation>
    </message>
    <message>
        <source>unusual path</source>
        <translation>seltener Pfad</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TCP State Lab: TCP&apos;s eleven connection states, live from the kernel and step by step.</source>
        <translation>TCP State Lab: die elf Verbindungszustände von TCP, live aus dem Kernel und Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Language, e.g. de or zh_CN.</source>
        <translation>Sprache, z. B. de oder zh_CN.</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>SPRACHE</translation>
    </message>
</context>
<context>
    <name>tsl::MainWindow</name>
    <message>
        <source>TCP State Lab</source>
        <translation>TCP State Lab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Diagram</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear Highlights</source>
        <translation>Hervorhebungen &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Print (black on white)</source>
        <translation>&amp;Druck (schwarz auf weiß)</translation>
    </message>
    <message>
        <source>Mark Client and Server &amp;Paths</source>
        <translation>Client- und Server-&amp;Pfad markieren</translation>
    </message>
    <message>
        <source>Show &amp;RST and ABORT Edges</source>
        <translation>&amp;RST- und ABORT-Kanten zeigen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TCP State Lab</source>
        <translation>&amp;Über TCP State Lab</translation>
    </message>
    <message>
        <source>Point at a state or an edge to see what it means; click to highlight it.</source>
        <translation>Zeigen Sie auf einen Zustand oder eine Kante, um die Bedeutung zu sehen; ein Klick hebt sie hervor.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Diagram written to %1</source>
        <translation>Diagramm nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard (%1×%2 pixels).</source>
        <translation>Diagramm in die Zwischenablage kopiert (%1×%2 Pixel).</translation>
    </message>
    <message>
        <source>About TCP State Lab</source>
        <translation>Über TCP State Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TCP State Lab %1&lt;/h3&gt;&lt;p&gt;TCP&apos;s eleven connection states (RFC 9293), drawn as the classic diagram.&lt;/p&gt;&lt;p&gt;Point at any state or edge for an explanation; export the diagram as PNG, SVG or PDF for slides and handouts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TCP State Lab %1&lt;/h3&gt;&lt;p&gt;Die elf Verbindungszustände von TCP (RFC 9293), gezeichnet als das klassische Diagramm.&lt;/p&gt;&lt;p&gt;Zeigen Sie auf einen Zustand oder eine Kante, um eine Erklärung zu erhalten; exportieren Sie das Diagramm als PNG, SVG oder PDF für Folien und Handouts.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
