<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnimationCommand</name>
    <message>
        <source>Write a scenario as an animation: the state diagram with its tokens gliding and the ladder beside it, one group of frames per step. The format follows FILE&apos;s extension: .gif, .webp (animated) or .html (one self-contained page with a step control). No display is needed.</source>
        <translation>Schreibt ein Szenario als Animation: das Zustandsdiagramm mit gleitenden Marken und daneben das Leiterdiagramm, eine Gruppe von Bildern pro Schritt. Das Format folgt der Endung von DATEI: .gif, .webp (animiert) oder .html (eine eigenständige Seite mit Schrittsteuerung). Es wird kein Bildschirm benötigt.</translation>
    </message>
    <message>
        <source>The scenario (see simulate --list).</source>
        <translation>Das Szenario (siehe simulate --list).</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SZENARIO</translation>
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
        <source>Colour theme: light, dark or print.</source>
        <translation>Farbschema: light, dark oder print.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>Width in pixels, %1 to %2 (default %3).</source>
        <translation>Breite in Pixeln, %1 bis %2 (Standard %3).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Height in pixels, %1 to %2 (default %3).</source>
        <translation>Höhe in Pixeln, %1 bis %2 (Standard %3).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Frames per second while the tokens glide, %1 to %2 (default %3).</source>
        <translation>Bilder pro Sekunde, während die Marken gleiten, %1 bis %2 (Standard %3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How long one step lasts, glide and pause, in milliseconds, %1 to %2 (default %3).</source>
        <translation>Wie lange ein Schritt dauert, Gleiten und Pause, in Millisekunden, %1 bis %2 (Standard %3).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Which TCP the simulator plays: rfc9293 (the default) or linux.</source>
        <translation>Welches TCP der Simulator spielt: rfc9293 (Standard) oder linux.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>export-animation needs a SCENARIO and a FILE (see --help).</source>
        <translation>export-animation braucht ein SZENARIO und eine DATEI (siehe --help).</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; valid themes: %2</source>
        <translation>unbekanntes Farbschema „%1“; gültige Schemata: %2</translation>
    </message>
    <message>
        <source>invalid --%1 &quot;%2&quot;: use a whole number from %3 to %4.</source>
        <translation>ungültiges --%1 „%2“: verwenden Sie eine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>cannot export to &quot;%1&quot;: unknown file type; use .gif, .webp or .html.</source>
        <translation>Export nach „%1“ nicht möglich: unbekannter Dateityp; verwenden Sie .gif, .webp oder .html.</translation>
    </message>
</context>
<context>
    <name>AnimationExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The width must be from %1 to %2 pixels.</source>
        <translation>Die Breite muss zwischen %1 und %2 Pixeln liegen.</translation>
    </message>
    <message>
        <source>The height must be from %1 to %2 pixels.</source>
        <translation>Die Höhe muss zwischen %1 und %2 Pixeln liegen.</translation>
    </message>
    <message>
        <source>The frame rate must be from %1 to %2 frames per second.</source>
        <translation>Die Bildrate muss zwischen %1 und %2 Bildern pro Sekunde liegen.</translation>
    </message>
    <message>
        <source>A step must last from %1 to %2 milliseconds.</source>
        <translation>Ein Schritt muss zwischen %1 und %2 Millisekunden dauern.</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown file type; use .gif, .webp or .html.</source>
        <translation>Export nach „%1“ nicht möglich: unbekannter Dateityp; verwenden Sie .gif, .webp oder .html.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AnimationFrames</name>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>AnimationScript</name>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
</context>
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
        <source>LOCALE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>unbekannte Sprache „%1“; verfügbar: %2</translation>
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
        <source>Language, e.g. de or zh_CN.</source>
        <translation>Sprache, z. B. de oder zh_CN.</translation>
    </message>
    <message>
        <source>%1 is run by the window program %2, which was not found beside this one.</source>
        <translation>%1 wird vom Fensterprogramm %2 ausgeführt, das neben diesem Programm nicht gefunden wurde.</translation>
    </message>
    <message>
        <source>cannot start the window program (%1): %2</source>
        <translation>das Fensterprogramm kann nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>no such program</source>
        <translation>kein solches Programm</translation>
    </message>
    <message>
        <source>Commands (each has its own --help):
  export-diagram FILE   Write the state diagram to a PNG, SVG or PDF file.
  transitions           Print the transition table (RFC 9293).
  snapshot              Print the kernel&apos;s TCP table, like ss.
  watch                 Print every TCP state change as it happens.
  lab                   Real loopback sockets: reach and hold a state, run a scenario.
  simulate SCENARIO     Step through a scenario in the simulator.
  export-ladder SCENARIO FILE  Write a scenario&apos;s ladder diagram (PNG, SVG, PDF).
  export-animation SCENARIO FILE  Write a scenario as an animation (GIF, WebP, HTML).
  net check|run SCENARIO  Two real TCP stacks in a private network, every segment held.
  pkt run SCRIPT.pkt...  Play packetdrill scripts against a real TCP stack, without root.
  whatif STATE SEGMENT  What a socket in STATE answers to a crafted segment (kernel and simulator).
  exercise FILE         Answer a Predict exercise: the next state and segment, by number.
  replay FILE           A capture&apos;s TCP connections, both ends&apos; states inferred segment by segment.
Without a command the main window opens.</source>
        <translation>Befehle (jeder hat eine eigene --help):
  export-diagram DATEI  Das Zustandsdiagramm als PNG-, SVG- oder PDF-Datei schreiben.
  transitions           Die Übergangstabelle ausgeben (RFC 9293).
  snapshot              Die TCP-Tabelle des Kernels ausgeben, wie ss.
  watch                 Jeden TCP-Zustandswechsel ausgeben, sobald er geschieht.
  lab                   Echte Loopback-Sockets: einen Zustand erreichen und halten, ein Szenario abspielen.
  simulate SZENARIO     Ein Szenario im Simulator Schritt für Schritt durchgehen.
  export-ladder SZENARIO DATEI  Das Leiterdiagramm eines Szenarios schreiben (PNG, SVG, PDF).
  export-animation SZENARIO DATEI  Schreibt ein Szenario als Animation (GIF, WebP, HTML).
  net check|run SZENARIO  Zwei echte TCP-Stacks in einem privaten Netz, jedes Segment angehalten.
  pkt run SKRIPT.pkt...  packetdrill-Skripte gegen einen echten TCP-Stack abspielen, ohne root.
  whatif ZUSTAND SEGMENT  Was ein Socket in ZUSTAND auf ein gebautes Segment antwortet (Kernel und Simulator).
  exercise DATEI        Eine Vorhersage-Übung beantworten: nächster Zustand und Segment, per Nummer.
  replay DATEI          Die TCP-Verbindungen eines Mitschnitts, die Zustände beider Enden Segment für Segment erschlossen.
Ohne Befehl öffnet sich das Hauptfenster.</translation>
    </message>
</context>
<context>
    <name>ConditionText</name>
    <message>
        <source>depends on how the state was reached</source>
        <translation>hängt davon ab, wie der Zustand erreicht wurde</translation>
    </message>
    <message>
        <source>reached actively</source>
        <translation>aktiv erreicht</translation>
    </message>
    <message>
        <source>reached passively</source>
        <translation>passiv erreicht</translation>
    </message>
    <message>
        <source>depends on how the socket was closed</source>
        <translation>hängt davon ab, wie der Socket geschlossen wurde</translation>
    </message>
    <message>
        <source>after close()</source>
        <translation>nach close()</translation>
    </message>
    <message>
        <source>after shutdown()</source>
        <translation>nach shutdown()</translation>
    </message>
    <message>
        <source>depends on a listener on the port</source>
        <translation>hängt von einem Listener auf dem Port ab</translation>
    </message>
    <message>
        <source>with a listener</source>
        <translation>mit Listener</translation>
    </message>
    <message>
        <source>without a listener</source>
        <translation>ohne Listener</translation>
    </message>
    <message>
        <source>depends on %1</source>
        <translation>hängt von %1 ab</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>This answer %1 — %2.</source>
        <translation>Diese Antwort %1 — %2.</translation>
    </message>
</context>
<context>
    <name>DiagramAccessible</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>%1, moving from %2 to %3</source>
        <translation>%1, unterwegs von %2 nach %3</translation>
    </message>
    <message>
        <source>TCP state diagram</source>
        <translation>TCP-Zustandsdiagramm</translation>
    </message>
    <message>
        <source>The eleven TCP states and the edges between them. Arrow keys move between the states along the edges, Enter explains, Space steps the simulator.</source>
        <translation>Die elf TCP-Zustände und die Kanten zwischen ihnen. Die Pfeiltasten wandern entlang der Kanten von Zustand zu Zustand, Eingabe erklärt, Leertaste führt den Simulator einen Schritt weiter.</translation>
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
    <name>ExerciseCommand</name>
    <message>
        <source>Your answer (1-%1): </source>
        <translation>Ihre Antwort (1-%1): </translation>
    </message>
    <message>
        <source>Please answer with a number from 1 to %1.</source>
        <translation>Bitte mit einer Zahl von 1 bis %1 antworten.</translation>
    </message>
    <message>
        <source>Answer a Predict exercise: before each question step, say the state a side will be in and the segment it will send, by number; the score comes at the end. Answers are read from standard input, one a line.</source>
        <translation>Eine Vorhersage-Übung beantworten: vor jedem Frageschritt per Nummer angeben, in welchem Zustand eine Seite sein und welches Segment sie senden wird; die Punkte kommen am Ende. Antworten werden von der Standardeingabe gelesen, eine pro Zeile.</translation>
    </message>
    <message>
        <source>The exercise file (JSON, see the README).</source>
        <translation>Die Übungsdatei (JSON, siehe README).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the results (one row per question) to CSV.</source>
        <translation>Die Ergebnisse (eine Zeile pro Frage) als CSV schreiben.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>exercise needs one FILE</source>
        <translation>exercise braucht eine DATEI</translation>
    </message>
    <message>
        <source>%1: this version plays exercises over simulator scenarios; a wire exercise (on the real kernels) cannot be played yet.</source>
        <translation>%1: diese Version spielt Übungen über Simulator-Szenarien; eine Wire-Übung (auf den echten Kerneln) kann noch nicht gespielt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n question(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Frage(n)</numerusform>
            <numerusform>%1 · %2 · %n Frage(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>End of input: the exercise stops here.</source>
        <translation>Ende der Eingabe: die Übung endet hier.</translation>
    </message>
</context>
<context>
    <name>ExerciseFile</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>an exercise file holds one JSON object</source>
        <translation>eine Übungsdatei enthält ein JSON-Objekt</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is not a version this program reads (it reads 1 to %2)</source>
        <translation>%1 ist keine Version, die dieses Programm liest (es liest 1 bis %2)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object with &quot;kind&quot; and &quot;name&quot;</source>
        <translation>muss ein Objekt mit &quot;kind&quot; und &quot;name&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;scenario&quot; or &quot;wire&quot;</source>
        <translation>muss &quot;scenario&quot; oder &quot;wire&quot; sein</translation>
    </message>
    <message>
        <source>must be a scenario&apos;s name</source>
        <translation>muss der Name eines Szenarios sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be &quot;basic&quot; or &quot;advanced&quot;</source>
        <translation>muss &quot;basic&quot; oder &quot;advanced&quot; sein</translation>
    </message>
    <message>
        <source>must be a list of at least one question</source>
        <translation>muss eine Liste mit mindestens einer Frage sein</translation>
    </message>
    <message>
        <source>must be an object with &quot;step&quot;</source>
        <translation>muss ein Objekt mit &quot;step&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;A&quot; or &quot;B&quot;</source>
        <translation>muss &quot;A&quot; oder &quot;B&quot; sein</translation>
    </message>
    <message>
        <source>must be a list of &quot;state&quot; and &quot;segment&quot;</source>
        <translation>muss eine Liste aus &quot;state&quot; und &quot;segment&quot; sein</translation>
    </message>
    <message>
        <source>there is no %1 scenario called &quot;%2&quot;</source>
        <translation>es gibt kein %1-Szenario namens &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>%1 is not a step of the scenario (1 to %2)</source>
        <translation>%1 ist kein Schritt des Szenarios (1 bis %2)</translation>
    </message>
    <message>
        <source>step %1 is asked twice</source>
        <translation>Schritt %1 wird zweimal gefragt</translation>
    </message>
    <message>
        <source>the question asks nothing</source>
        <translation>die Frage fragt nichts</translation>
    </message>
    <message>
        <source>Which state will %1 be in afterwards?</source>
        <translation>In welchem Zustand wird %1 danach sein?</translation>
    </message>
    <message>
        <source>Which segment will %1 send?</source>
        <translation>Welches Segment wird %1 senden?</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Step %1 · %2 — %3</source>
        <translation>Schritt %1 · %2 — %3</translation>
    </message>
    <message>
        <source>sends nothing</source>
        <translation>sendet nichts</translation>
    </message>
    <message>
        <source>%1 with data</source>
        <translation>%1 mit Daten</translation>
    </message>
    <message>
        <source>%1 stays in %2: %2 waits for %3, and this step is not that.</source>
        <translation>%1 bleibt in %2: %2 wartet auf %3, und dieser Schritt ist das nicht.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 stays in %2: this step takes none of its edges.</source>
        <translation>%1 bleibt in %2: dieser Schritt nimmt keine seiner Kanten.</translation>
    </message>
    <message>
        <source>%1 → %2 needs “%3”: %4</source>
        <translation>%1 → %2 braucht „%3“: %4</translation>
    </message>
    <message>
        <source>The diagram has no edge from %1 to %2.</source>
        <translation>Das Diagramm hat keine Kante von %1 nach %2.</translation>
    </message>
    <message>
        <source>%1 takes %2: %3</source>
        <translation>%1 nimmt %2: %3</translation>
    </message>
    <message>
        <source>%1 takes no edge of the diagram here, and nothing obliges it to answer.</source>
        <translation>%1 nimmt hier keine Kante des Diagramms, und nichts verpflichtet es zu antworten.</translation>
    </message>
    <message>
        <source>%1&apos;s edge sends nothing: %2</source>
        <translation>Die Kante von %1 sendet nichts: %2</translation>
    </message>
    <message>
        <source>%1 takes %2.</source>
        <translation>%1 nimmt %2.</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>%1 changes no state, yet it answers with %2.</source>
        <translation>%1 wechselt keinen Zustand und antwortet doch mit %2.</translation>
    </message>
    <message>
        <source>The flags are right. seq is the next sequence number %1 sends (%2, relative to its ISS); ack is the next one it expects from its peer (%3).</source>
        <translation>Die Flags stimmen. seq ist die nächste Sequenznummer, die %1 sendet (%2, relativ zu seiner ISS); ack die nächste, die es von der Gegenseite erwartet (%3).</translation>
    </message>
    <message>
        <source>Right: %1 is in %2.</source>
        <translation>Richtig: %1 ist in %2.</translation>
    </message>
    <message>
        <source>Right: %1 — %2.</source>
        <translation>Richtig: %1 — %2.</translation>
    </message>
    <message>
        <source>Not answered: the answer is %1.</source>
        <translation>Nicht beantwortet: die Antwort ist %1.</translation>
    </message>
    <message>
        <source>Not quite: you chose %1, the answer is %2.</source>
        <translation>Nicht ganz: Sie wählten %1, die Antwort ist %2.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>Punkte: %1 von %2 richtig</translation>
    </message>
    <message>
        <source>Score: %1 right of %2 answered · %3 to go</source>
        <translation>Punkte: %1 richtig von %2 beantwortet · %3 offen</translation>
    </message>
    <message>
        <source>Advanced: seq and ack too</source>
        <translation>Fortgeschritten: auch seq und ack</translation>
    </message>
    <message>
        <source>Basic: states and flags</source>
        <translation>Grundstufe: Zustände und Flags</translation>
    </message>
</context>
<context>
    <name>ExplorerExport</name>
    <message>
        <source>What a TCP socket answers: RFC 9293 and Linux</source>
        <translation>Was ein TCP-Socket antwortet: RFC 9293 und Linux</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Each cell: the answer (– none) and, after →, the state the socket moves to. ≠ marks where Linux differs (RFC 9293&apos;s answer | Linux&apos;s).</source>
        <translation>Jede Zelle: die Antwort (– keine) und nach → der Zustand, in den der Socket wechselt. ≠ markiert, wo Linux abweicht (Antwort nach RFC 9293 | die von Linux).</translation>
    </message>
    <message>
        <source>%1 of %2 cells compared differ.</source>
        <translation>%1 von %2 verglichenen Zellen weichen ab.</translation>
    </message>
    <message>
        <source>A socket in the row&apos;s state receives one crafted segment of the column&apos;s kind. RFC 9293: TCP State Lab&apos;s simulator. Linux: the real kernel (%1), asked in a private network. Receivers opened passively, SYN_SENT actively; CLOSED is a port with no socket.</source>
        <translation>Ein Socket im Zustand der Zeile empfängt ein gebautes Segment der Art der Spalte. RFC 9293: der Simulator von TCP State Lab. Linux: der echte Kernel (%1), befragt in einem privaten Netz. Empfänger passiv geöffnet, SYN_SENT aktiv; CLOSED ist ein Port ohne Socket.</translation>
    </message>
    <message>
        <source>both answer alike: the segment sent back</source>
        <translation>beide antworten gleich: das zurückgesandte Segment</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the state the socket moves to (none: it stays)</source>
        <translation>der Zustand, in den der Socket wechselt (fehlt: er bleibt)</translation>
    </message>
    <message>
        <source>they differ: RFC 9293&apos;s answer above, Linux&apos;s below</source>
        <translation>sie weichen ab: oben die Antwort nach RFC 9293, unten die von Linux</translation>
    </message>
    <message>
        <source>state \ segment</source>
        <translation>Zustand \ Segment</translation>
    </message>
    <message>
        <source>Where Linux and RFC 9293 differ</source>
        <translation>Wo Linux und RFC 9293 voneinander abweichen</translation>
    </message>
    <message>
        <source>RFC 9293 %1.</source>
        <translation>RFC 9293 %1.</translation>
    </message>
    <message>
        <source>Linux %1.</source>
        <translation>Linux %1.</translation>
    </message>
    <message>
        <source>Made with TCP State Lab %1 on %2.</source>
        <translation>Erstellt mit TCP State Lab %1 am %2.</translation>
    </message>
    <message>
        <source>Unknown file type &quot;%1&quot;: use .csv, .html, .json or .txt.</source>
        <translation>Unbekannter Dateityp „%1“: bitte .csv, .html, .json oder .txt verwenden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Conditions: %1.</source>
        <translation>Bedingungen: %1.</translation>
    </message>
</context>
<context>
    <name>ExplorerText</name>
    <message>
        <source>RFC 9293</source>
        <translation>RFC 9293</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Inside the window (%1)</source>
        <translation>Im Fenster (%1)</translation>
    </message>
    <message>
        <source>At the left edge (%1)</source>
        <translation>Am linken Rand (%1)</translation>
    </message>
    <message>
        <source>Outside the window (%1)</source>
        <translation>Außerhalb des Fensters (%1)</translation>
    </message>
    <message>
        <source>The crafted segment&apos;s sequence number: %1. Its acknowledgement number (where it has ACK) is SND.NXT.</source>
        <translation>Die Sequenznummer des gebauten Segments: %1. Seine Bestätigungsnummer (wo es ACK trägt) ist SND.NXT.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>could not be asked: %1</source>
        <translation>konnte nicht befragt werden: %1</translation>
    </message>
    <message>
        <source>sends nothing and stays in %1</source>
        <translation>sendet nichts und bleibt in %1</translation>
    </message>
    <message>
        <source>sends nothing and goes to %1</source>
        <translation>sendet nichts und wechselt nach %1</translation>
    </message>
    <message>
        <source>answers %1 and stays in %2</source>
        <translation>antwortet %1 und bleibt in %2</translation>
    </message>
    <message>
        <source>answers %1 and goes to %2</source>
        <translation>antwortet %1 und wechselt nach %2</translation>
    </message>
    <message>
        <source>%1 receives %2 with sequence number %3</source>
        <translation>%1 empfängt %2 mit Sequenznummer %3</translation>
    </message>
    <message>
        <source>Both answer alike.</source>
        <translation>Beide antworten gleich.</translation>
    </message>
    <message>
        <source>Linux sends nothing where RFC 9293 sends %1.</source>
        <translation>Linux sendet nichts, wo RFC 9293 %1 sendet.</translation>
    </message>
    <message>
        <source>Linux sends %1 where RFC 9293 sends nothing.</source>
        <translation>Linux sendet %1, wo RFC 9293 nichts sendet.</translation>
    </message>
    <message>
        <source>Linux sends %1 where RFC 9293 sends %2.</source>
        <translation>Linux sendet %1, wo RFC 9293 %2 sendet.</translation>
    </message>
    <message>
        <source>Both send %1, with different sequence or acknowledgement numbers.</source>
        <translation>Beide senden %1, aber mit anderen Sequenz- oder Bestätigungsnummern.</translation>
    </message>
    <message>
        <source>Linux goes to %1, RFC 9293 to %2.</source>
        <translation>Linux wechselt nach %1, RFC 9293 nach %2.</translation>
    </message>
    <message>
        <source>RFC 9293 (simulator): %1</source>
        <translation>RFC 9293 (Simulator): %1</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht befragt</translation>
    </message>
    <message>
        <source>Linux (real kernel): %1</source>
        <translation>Linux (echter Kernel): %1</translation>
    </message>
    <message>
        <source>They differ: %1</source>
        <translation>Sie weichen ab: %1</translation>
    </message>
    <message>
        <source>They agree.</source>
        <translation>Sie stimmen überein.</translation>
    </message>
    <message>
        <source>Linux stays in %1, RFC 9293 goes to %2.</source>
        <translation>Linux bleibt in %1, RFC 9293 wechselt nach %2.</translation>
    </message>
    <message>
        <source>Linux goes to %1, RFC 9293 stays in %2.</source>
        <translation>Linux wechselt nach %1, RFC 9293 bleibt in %2.</translation>
    </message>
    <message>
        <source>via %1, closed by %2, %3, %4</source>
        <translation>über %1, geschlossen mit %2, %3, %4</translation>
    </message>
    <message>
        <source>a listener on the port</source>
        <translation>ein Listener auf dem Port</translation>
    </message>
    <message>
        <source>no listener on the port</source>
        <translation>kein Listener auf dem Port</translation>
    </message>
    <message>
        <source>default settings</source>
        <translation>Standardeinstellungen</translation>
    </message>
    <message>
        <source>settings %1</source>
        <translation>Einstellungen %1</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
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
        <source>Width in pixels (PNG, SVG); for a PDF without --page, the page width in points.</source>
        <translation>Breite in Pixeln (PNG, SVG); bei einem PDF ohne --page die Seitenbreite in Punkten.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Height in pixels (PNG, SVG); for a PDF without --page, the page height in points.</source>
        <translation>Höhe in Pixeln (PNG, SVG); bei einem PDF ohne --page die Seitenhöhe in Punkten.</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Paper for a PDF (landscape) and the printed width of an SVG: A4 or Letter. Default: the one your locale uses (%1 here).</source>
        <translation>Papier für ein PDF (Querformat) und die Druckbreite eines SVG: A4 oder Letter. Vorgabe: das Format Ihres Gebietsschemas (hier %1).</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>Put the simulator&apos;s tokens A and B on the diagram where SCENARIO has them (see simulate --list).</source>
        <translation>Die Marken A und B des Simulators dorthin ins Diagramm setzen, wo SZENARIO sie hat (siehe simulate --list).</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SZENARIO</translation>
    </message>
    <message>
        <source>With --scenario: the step to show (0 is the start; default: the last step).</source>
        <translation>Mit --scenario: der zu zeigende Schritt (0 ist der Anfang; Vorgabe: der letzte Schritt).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Leave the tokens out: a clean diagram for a handout.</source>
        <translation>Die Marken weglassen: ein sauberes Diagramm für ein Handout.</translation>
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
        <source>unknown paper &quot;%1&quot;; valid papers: %2</source>
        <translation>unbekanntes Papier „%1“; gültige Papierformate: %2</translation>
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
        <source>--step needs --scenario.</source>
        <translation>--step braucht --scenario.</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;; valid scenarios: %2</source>
        <translation>unbekanntes Szenario „%1“; gültige Szenarien: %2</translation>
    </message>
    <message>
        <source>--step must be a whole number from 0 to %1 for %2.</source>
        <translation>--step muss für %2 eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
</context>
<context>
    <name>GifEncoder</name>
    <message>
        <source>A GIF cannot be %1×%2 pixels.</source>
        <translation>Ein GIF kann nicht %1×%2 Pixel groß sein.</translation>
    </message>
    <message>
        <source>Could not make the GIF&apos;s palette.</source>
        <translation>Die Farbpalette des GIFs konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The GIF was not started.</source>
        <translation>Das GIF wurde nicht begonnen.</translation>
    </message>
</context>
<context>
    <name>HtmlAnimation</name>
    <message>
        <source>Could not encode a picture as WebP.</source>
        <translation>Ein Bild konnte nicht als WebP kodiert werden.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Vorheriger Schritt (Pfeil links)</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Nächster Schritt (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Made with TCP State Lab.</source>
        <translation>Erstellt mit TCP State Lab.</translation>
    </message>
</context>
<context>
    <name>LabAddress</name>
    <message>
        <source>&quot;%1&quot; is not an IP address; the lab binds 127.0.0.1 or ::1.</source>
        <translation>„%1“ ist keine IP-Adresse; das Labor bindet an 127.0.0.1 oder ::1.</translation>
    </message>
    <message>
        <source>refused: %1 is not a loopback address. Lab sockets bind loopback only (127.0.0.1 or ::1), so the lab never listens beyond this machine.</source>
        <translation>abgelehnt: %1 ist keine Loopback-Adresse. Labor-Sockets binden nur an Loopback (127.0.0.1 oder ::1), damit das Labor nie über diesen Rechner hinaus lauscht.</translation>
    </message>
    <message>
        <source>%1 is loopback, but the lab binds 127.0.0.1 or ::1 only; use one of those.</source>
        <translation>%1 ist Loopback, aber das Labor bindet nur an 127.0.0.1 oder ::1; bitte eine dieser Adressen verwenden.</translation>
    </message>
</context>
<context>
    <name>LabCommands</name>
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
        <source>scenario %1 failed: %2</source>
        <translation>Szenario %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1 (sets the family); any other address is refused.</source>
        <translation>127.0.0.1 oder ::1 (legt die Adressfamilie fest); jede andere Adresse wird abgelehnt.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>--address %1 does not match --family %2.</source>
        <translation>--address %1 passt nicht zu --family %2.</translation>
    </message>
</context>
<context>
    <name>LabLog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LabRunOutput</name>
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
        <source>Short connections pile up in TIME_WAIT; SO_LINGER 0 avoids it; SO_REUSEADDR rebinds past it.</source>
        <translation>Kurze Verbindungen sammeln sich in TIME_WAIT; SO_LINGER 0 vermeidet das; SO_REUSEADDR bindet trotzdem neu.</translation>
    </message>
    <message>
        <source>The live lab cannot produce and hold %1 with real sockets on this system (it needs Linux); &quot;tcpstatelab simulate %2&quot; shows it step by step.</source>
        <translation>Das Live-Labor kann %1 auf diesem System nicht mit echten Sockets erzeugen und halten (es braucht Linux); „tcpstatelab simulate %2“ zeigt den Zustand Schritt für Schritt.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>lauschender Socket</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>server (half-open)</source>
        <translation>Server (halb offen)</translation>
    </message>
    <message>
        <source>queued client</source>
        <translation>wartender Client</translation>
    </message>
    <message>
        <source>server (not reading)</source>
        <translation>Server (liest nicht)</translation>
    </message>
    <message>
        <source>client (not reading)</source>
        <translation>Client (liest nicht)</translation>
    </message>
    <message>
        <source>listen (backlog %1)</source>
        <translation>listen (Backlog %1)</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>verbinden</translation>
    </message>
    <message>
        <source>connect to %1</source>
        <translation>verbinden mit %1</translation>
    </message>
    <message>
        <source>connect to itself</source>
        <translation>mit sich selbst verbinden</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>annehmen (accept)</translation>
    </message>
    <message>
        <source>send %1 bytes</source>
        <translation>%1 Bytes senden</translation>
    </message>
    <message>
        <source>send until the buffer is full</source>
        <translation>senden, bis der Puffer voll ist</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>stop reading</source>
        <translation>nicht mehr lesen</translation>
    </message>
    <message>
        <source>shut down writing (SHUT_WR)</source>
        <translation>Schreiben beenden (SHUT_WR)</translation>
    </message>
    <message>
        <source>close</source>
        <translation>schließen (close)</translation>
    </message>
    <message>
        <source>abort</source>
        <translation>abbrechen</translation>
    </message>
    <message>
        <source>set buffer sizes</source>
        <translation>Puffergrößen setzen</translation>
    </message>
    <message>
        <source>the socket says</source>
        <translation>der Socket meldet</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 connects to %1</source>
        <translation>%1 verbindet sich mit %1</translation>
    </message>
    <message>
        <source>%1 bytes sent</source>
        <translation>%1 Bytes gesendet</translation>
    </message>
    <message>
        <source>%1 bytes sent; the send buffer is full</source>
        <translation>%1 Bytes gesendet; der Sendepuffer ist voll</translation>
    </message>
    <message>
        <source>%1 bytes read</source>
        <translation>%1 Bytes gelesen</translation>
    </message>
    <message>
        <source>the receive buffer is small and nobody reads it: the window will close</source>
        <translation>der Empfangspuffer ist klein und niemand liest ihn: das Fenster wird sich schließen</translation>
    </message>
    <message>
        <source>FIN queued</source>
        <translation>FIN eingereiht</translation>
    </message>
    <message>
        <source>SO_LINGER 0, then close: RST</source>
        <translation>SO_LINGER 0, dann close: RST</translation>
    </message>
    <message>
        <source>connect() is in progress: the SYN went out</source>
        <translation>connect() läuft: das SYN ist unterwegs</translation>
    </message>
    <message>
        <source>ECONNREFUSED: a RST answered the SYN</source>
        <translation>ECONNREFUSED: ein RST hat das SYN beantwortet</translation>
    </message>
    <message>
        <source>Both shut down while the client&apos;s FIN waits behind a zero window: the client is in CLOSING, the server in FIN_WAIT_2 (its FIN is acknowledged, the client&apos;s cannot leave).</source>
        <translation>Beide beenden das Schreiben, während das FIN des Clients hinter einem Nullfenster wartet: Der Client ist in CLOSING, der Server in FIN_WAIT_2 (sein FIN ist bestätigt, das des Clients kann nicht hinaus).</translation>
    </message>
    <message>
        <source>Both sides close while each FIN waits behind data: the client passes CLOSING, the server FIN_WAIT_2 instead, because its FIN is acknowledged before the client&apos;s can leave.</source>
        <translation>Beide Seiten schließen, während jedes FIN hinter Daten wartet: Der Client durchläuft CLOSING, der Server stattdessen FIN_WAIT_2, weil sein FIN bestätigt wird, bevor das des Clients hinaus kann.</translation>
    </message>
    <message>
        <source>Many clients against a backlog of 4 that nobody accepts: half-open connections, then dropped SYNs; the log counts both and says whether SYN cookies are on.</source>
        <translation>Viele Clients gegen einen Backlog von 4, den niemand annimmt: halboffene Verbindungen, dann verworfene SYNs; das Protokoll zählt beides und sagt, ob SYN-Cookies an sind.</translation>
    </message>
    <message>
        <source>unread data: the kernel sends a RST instead of a FIN</source>
        <translation>ungelesene Daten: Der Kernel sendet ein RST statt eines FIN</translation>
    </message>
    <message>
        <source>SYN cookies: unknown</source>
        <translation>SYN-Cookies: unbekannt</translation>
    </message>
    <message>
        <source>SYN cookies: on</source>
        <translation>SYN-Cookies: an</translation>
    </message>
    <message>
        <source>SYN cookies: off</source>
        <translation>SYN-Cookies: aus</translation>
    </message>
    <message>
        <source>%1 half-open (SYN_RECEIVED) on the listener, %2 SYNs dropped (clients retrying in SYN_SENT), %3 established; %4</source>
        <translation>%1 halboffen (SYN_RECEIVED) am lauschenden Socket, %2 SYNs verworfen (Clients wiederholen in SYN_SENT), %3 verbunden; %4</translation>
    </message>
    <message>
        <source>(unknown path: several fit, nothing tells which)</source>
        <translation>(unbekannter Weg: mehrere passen, nichts sagt, welcher)</translation>
    </message>
    <message>
        <source>(passed unseen between two polls)</source>
        <translation>(ungesehen zwischen zwei Abfragen durchlaufen)</translation>
    </message>
    <message>
        <source>after client %1</source>
        <translation>nach Client %1</translation>
    </message>
    <message>
        <source>read the kernel&apos;s TCP table</source>
        <translation>die TCP-Tabelle des Kernels lesen</translation>
    </message>
    <message>
        <source>the kernel could not be read: %1</source>
        <translation>der Kernel konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>LadderAccessible</name>
    <message>
        <source>Ladder diagram</source>
        <translation>Leiterdiagramm</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source> (lost)</source>
        <translation> (verloren)</translation>
    </message>
    <message>
        <source> (discarded)</source>
        <translation> (verworfen)</translation>
    </message>
    <message>
        <source> (in flight)</source>
        <translation> (unterwegs)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 enters %2</source>
        <translation>%1 geht in %2 über</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>LadderExporter</name>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown file type. Use a name ending in .png, .svg or .pdf.</source>
        <translation>Export nach „%1“ nicht möglich: unbekannter Dateityp. Bitte einen Namen mit .png, .svg oder .pdf verwenden.</translation>
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
        <source>TCP ladder diagram</source>
        <translation>TCP-Leiterdiagramm</translation>
    </message>
</context>
<context>
    <name>LadderLayout</name>
    <message>
        <source>%1 (spoofed)</source>
        <translation>%1 (gefälscht)</translation>
    </message>
    <message>
        <source>%1 (crafted)</source>
        <translation>%1 (selbst gebaut)</translation>
    </message>
    <message>
        <source>%1 (duplicate)</source>
        <translation>%1 (Duplikat)</translation>
    </message>
    <message>
        <source>%1 (again)</source>
        <translation>%1 (erneut)</translation>
    </message>
</context>
<context>
    <name>NetCommands</name>
    <message>
        <source>held</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation>verdoppelt</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>eingeschleust</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>lauschender Socket</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>halb offen</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Einstellung: %1</translation>
    </message>
    <message>
        <source>%1 calls %2 %3</source>
        <translation>%1 ruft %2 auf %3</translation>
    </message>
    <message>
        <source>%1 → %2  %3  seq %4 ack %5 len %6 win %7</source>
        <translation>%1 → %2  %3  seq %4 ack %5 Länge %6 Fenster %7</translation>
    </message>
    <message>
        <source>(retransmission)</source>
        <translation>(Wiederholung)</translation>
    </message>
    <message>
        <source>%1 %2 %3 ↔ %4  %5 → %6</source>
        <translation>%1 %2 %3 ↔ %4  %5 → %6</translation>
    </message>
    <message>
        <source>(passed unseen between two polls)</source>
        <translation>(ungesehen zwischen zwei Abfragen durchlaufen)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>the private network is not available: %1</source>
        <translation>das private Netz ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>How to allow it: %1</source>
        <translation>So lässt es sich erlauben: %1</translation>
    </message>
    <message>
        <source>Whether this machine lets an ordinary user build the private network (two hosts and a wire in unprivileged user namespaces), and if not, why and how to allow it. Exit code 0: available, 1: not available.</source>
        <translation>Ob dieser Rechner einem gewöhnlichen Benutzer erlaubt, das private Netz zu bauen (zwei Hosts und eine Leitung in unprivilegierten User-Namespaces), und falls nicht, warum und wie es sich erlauben lässt. Exit-Code 0: verfügbar, 1: nicht verfügbar.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>net check takes no arguments, got &quot;%1&quot;.</source>
        <translation>net check erwartet keine Argumente, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Usage: %1 net check [--json]
       %1 net run SCENARIO [--family ipv4|ipv6] [--set NAME=VALUE]... [--pcap FILE] [--json]
Two real Linux TCP stacks (hosts A and B) in a private network that needs no root; every segment between them waits on a wire this program holds.</source>
        <translation>Aufruf: %1 net check [--json]
        %1 net run SZENARIO [--family ipv4|ipv6] [--set NAME=WERT]... [--pcap DATEI] [--json]
Zwei echte Linux-TCP-Stacks (Host A und B) in einem privaten Netz, das kein root braucht; jedes Segment zwischen ihnen wartet auf einer Leitung, die dieses Programm hält.</translation>
    </message>
    <message>
        <source>use &quot;net check&quot; or &quot;net run SCENARIO&quot; (see net --help).</source>
        <translation>bitte „net check“ oder „net run SZENARIO“ verwenden (siehe net --help).</translation>
    </message>
    <message>
        <source>The private network is available: built and removed again in %1 ms, without root.</source>
        <translation>Das private Netz ist verfügbar: in %1 ms ohne root gebaut und wieder entfernt.</translation>
    </message>
    <message>
        <source>the private network needs Linux network namespaces</source>
        <translation>das private Netz braucht Linux-Netzwerk-Namespaces</translation>
    </message>
    <message>
        <source>the private network needs Linux network namespaces; the simulator runs every scenario on any system.</source>
        <translation>das private Netz braucht Linux-Netzwerk-Namespaces; der Simulator spielt jedes Szenario auf jedem System.</translation>
    </message>
    <message>
        <source>Play a scenario on two real Linux TCP stacks, hosts A and B, in a private network made without root. Every segment waits on the wire until the scenario delivers, drops or crafts it; each host&apos;s socket states are read from its own kernel table.</source>
        <translation>Ein Szenario auf zwei echten Linux-TCP-Stacks abspielen, Host A und B, in einem ohne root gebauten privaten Netz. Jedes Segment wartet auf der Leitung, bis das Szenario es zustellt, verwirft oder selbst baut; die Socket-Zustände jedes Hosts werden aus seiner eigenen Kernel-Tabelle gelesen.</translation>
    </message>
    <message>
        <source>The scenario.</source>
        <translation>Das Szenario.</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SZENARIO</translation>
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
        <source>A kernel setting of both hosts, repeatable: tcp_syncookies, tcp_max_syn_backlog, ... or rto_min_ms.</source>
        <translation>Eine Kernel-Einstellung beider Hosts, wiederholbar: tcp_syncookies, tcp_max_syn_backlog, ... oder rto_min_ms.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Write every captured segment to FILE (pcap, for Wireshark).</source>
        <translation>Jedes mitgeschnittene Segment in DATEI schreiben (pcap, für Wireshark).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <source>net run needs exactly one SCENARIO; valid scenarios: %1</source>
        <translation>net run braucht genau ein SZENARIO; gültige Szenarien: %1</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;; valid scenarios: %2</source>
        <translation>unbekanntes Szenario „%1“; gültige Szenarien: %2</translation>
    </message>
    <message>
        <source>unknown family &quot;%1&quot;; valid families: ipv4, ipv6.</source>
        <translation>unbekannte Adressfamilie „%1“; gültig: ipv4, ipv6.</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; valid settings: %2 (as NAME=VALUE).</source>
        <translation>unbekannte Einstellung „%1“; gültige Einstellungen: %2 (als NAME=WERT).</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2: use a whole number from %3 to %4.</source>
        <translation>ungültiger Wert „%1“ für %2: bitte eine ganze Zahl von %3 bis %4 angeben.</translation>
    </message>
    <message>
        <source>cannot write the capture to &quot;%1&quot;.</source>
        <translation>der Mitschnitt kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>cannot write the capture: %1</source>
        <translation>der Mitschnitt kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Paths of the two connections:</source>
        <translation>Pfade der beiden Verbindungen:</translation>
    </message>
    <message>
        <source>Capture written to %1 (%2 segments).</source>
        <translation>Mitschnitt nach %1 geschrieben (%2 Segmente).</translation>
    </message>
    <message>
        <source>the scenario did not play out: %1</source>
        <translation>das Szenario lief nicht wie vorgesehen ab: %1</translation>
    </message>
</context>
<context>
    <name>NetRunText</name>
    <message>
        <source>stop reading</source>
        <translation>Lesen anhalten</translation>
    </message>
</context>
<context>
    <name>NetScenario</name>
    <message>
        <source>B listens on port 5000</source>
        <translation>B lauscht auf Port 5000</translation>
    </message>
    <message>
        <source>A connects: its SYN waits on the wire</source>
        <translation>A verbindet: sein SYN wartet auf der Leitung</translation>
    </message>
    <message>
        <source>Deliver A&apos;s SYN to B</source>
        <translation>A&apos;s SYN an B zustellen</translation>
    </message>
    <message>
        <source>Deliver B&apos;s SYN,ACK to A</source>
        <translation>B&apos;s SYN,ACK an A zustellen</translation>
    </message>
    <message>
        <source>Deliver A&apos;s ACK to B</source>
        <translation>A&apos;s ACK an B zustellen</translation>
    </message>
    <message>
        <source>B accepts the connection</source>
        <translation>B nimmt die Verbindung an (accept)</translation>
    </message>
    <message>
        <source>A closes: its FIN waits on the wire</source>
        <translation>A schließt: sein FIN wartet auf der Leitung</translation>
    </message>
    <message>
        <source>Deliver A&apos;s FIN to B</source>
        <translation>A&apos;s FIN an B zustellen</translation>
    </message>
    <message>
        <source>Deliver B&apos;s ACK to A</source>
        <translation>B&apos;s ACK an A zustellen</translation>
    </message>
    <message>
        <source>B closes: its FIN waits on the wire</source>
        <translation>B schließt: sein FIN wartet auf der Leitung</translation>
    </message>
    <message>
        <source>Deliver B&apos;s FIN to A</source>
        <translation>B&apos;s FIN an A zustellen</translation>
    </message>
    <message>
        <source>Deliver A&apos;s final ACK to B</source>
        <translation>A&apos;s letztes ACK an B zustellen</translation>
    </message>
    <message>
        <source>Drop A&apos;s final ACK</source>
        <translation>A&apos;s letztes ACK verwerfen</translation>
    </message>
    <message>
        <source>Wait for B&apos;s RTO: B retransmits its FIN</source>
        <translation>Auf B&apos;s RTO warten: B sendet sein FIN erneut</translation>
    </message>
    <message>
        <source>Deliver B&apos;s retransmitted FIN to A</source>
        <translation>B&apos;s wiederholtes FIN an A zustellen</translation>
    </message>
    <message>
        <source>Deliver A&apos;s ACK (from TIME_WAIT) to B</source>
        <translation>A&apos;s ACK (aus TIME_WAIT) an B zustellen</translation>
    </message>
    <message>
        <source>A connects from port 40000 to B&apos;s port 40001</source>
        <translation>A verbindet von Port 40000 zu B&apos;s Port 40001</translation>
    </message>
    <message>
        <source>B connects from port 40001 to A&apos;s port 40000: the SYNs cross</source>
        <translation>B verbindet von Port 40001 zu A&apos;s Port 40000: die SYNs kreuzen sich</translation>
    </message>
    <message>
        <source>Deliver B&apos;s SYN to A</source>
        <translation>B&apos;s SYN an A zustellen</translation>
    </message>
    <message>
        <source>Deliver A&apos;s SYN,ACK to B</source>
        <translation>A&apos;s SYN,ACK an B zustellen</translation>
    </message>
    <message>
        <source>Release what is still on the wire</source>
        <translation>Freigeben, was noch auf der Leitung ist</translation>
    </message>
    <message>
        <source>B closes too: the FINs cross</source>
        <translation>B schließt auch: die FINs kreuzen sich</translation>
    </message>
    <message>
        <source>A shuts down writing: its FIN waits on the wire</source>
        <translation>A beendet das Schreiben: sein FIN wartet auf der Leitung</translation>
    </message>
    <message>
        <source>B sends 1000 bytes</source>
        <translation>B sendet 1000 Bytes</translation>
    </message>
    <message>
        <source>Deliver B&apos;s data to A</source>
        <translation>B&apos;s Daten an A zustellen</translation>
    </message>
    <message>
        <source>A reads the data</source>
        <translation>A liest die Daten</translation>
    </message>
    <message>
        <source>A aborts (SO_LINGER 0): its RST waits on the wire</source>
        <translation>A bricht ab (SO_LINGER 0): sein RST wartet auf der Leitung</translation>
    </message>
    <message>
        <source>Deliver A&apos;s RST to B</source>
        <translation>A&apos;s RST an B zustellen</translation>
    </message>
    <message>
        <source>A connects to B, where nothing listens</source>
        <translation>A verbindet zu B, wo niemand lauscht</translation>
    </message>
    <message>
        <source>Deliver B&apos;s RST to A</source>
        <translation>B&apos;s RST an A zustellen</translation>
    </message>
    <message>
        <source>A reads the error: connection refused</source>
        <translation>A liest den Fehler: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Drop A&apos;s SYN</source>
        <translation>A&apos;s SYN verwerfen</translation>
    </message>
    <message>
        <source>Wait for A&apos;s RTO: A retransmits its SYN</source>
        <translation>Auf A&apos;s RTO warten: A sendet sein SYN erneut</translation>
    </message>
    <message>
        <source>Deliver A&apos;s retransmitted SYN to B</source>
        <translation>A&apos;s wiederholtes SYN an B zustellen</translation>
    </message>
    <message>
        <source>Drop A&apos;s FIN</source>
        <translation>A&apos;s FIN verwerfen</translation>
    </message>
    <message>
        <source>Wait for A&apos;s RTO: A retransmits its FIN</source>
        <translation>Auf A&apos;s RTO warten: A sendet sein FIN erneut</translation>
    </message>
    <message>
        <source>Deliver A&apos;s retransmitted FIN to B</source>
        <translation>A&apos;s wiederholtes FIN an B zustellen</translation>
    </message>
    <message>
        <source>A waits in TIME_WAIT for 2MSL (60 s on Linux)</source>
        <translation>A wartet in TIME_WAIT 2MSL lang (60 s unter Linux)</translation>
    </message>
    <message>
        <source>B listens with a backlog of 4</source>
        <translation>B lauscht mit einem Backlog von 4</translation>
    </message>
    <message>
        <source>8 spoofed SYNs from 198.51.100.0/24 reach B</source>
        <translation>8 gefälschte SYNs aus 198.51.100.0/24 erreichen B</translation>
    </message>
    <message>
        <source>Deliver A&apos;s SYN to B: does B answer?</source>
        <translation>A&apos;s SYN an B zustellen: antwortet B?</translation>
    </message>
    <message>
        <source>the final ACK is lost: B stays in LAST_ACK until its retransmission timer fires</source>
        <translation>Das letzte ACK geht verloren: B bleibt in LAST_ACK, bis sein Wiederholungstimer abläuft</translation>
    </message>
    <message>
        <source>the SYN is lost: A retransmits it when its first RTO (1 s) fires</source>
        <translation>Der SYN geht verloren: A sendet ihn erneut, sobald sein erster RTO (1 s) abläuft</translation>
    </message>
    <message>
        <source>the FIN is lost: A stays in FIN_WAIT_1 and retransmits it when the RTO fires</source>
        <translation>Der FIN geht verloren: A bleibt in FIN_WAIT_1 und sendet ihn erneut, sobald der RTO abläuft</translation>
    </message>
    <message>
        <source>A waits in TIME_WAIT for 2MSL: 60 s on Linux (TCP_TIMEWAIT_LEN, not a setting)</source>
        <translation>A wartet in TIME_WAIT 2MSL lang: 60 s unter Linux (TCP_TIMEWAIT_LEN, keine Einstellung)</translation>
    </message>
    <message>
        <source>B&apos;s SYN queue is full of spoofed half-open connections and it has no SYN cookies: A&apos;s SYN is dropped without an answer</source>
        <translation>B&apos;s SYN-Warteschlange ist voller gefälschter halboffener Verbindungen, und B hat keine SYN-Cookies: A&apos;s SYN wird ohne Antwort verworfen</translation>
    </message>
    <message>
        <source>B answered with a SYN cookie: it keeps no half-open socket for A; the connection is made only when A&apos;s ACK returns the cookie</source>
        <translation>B hat mit einem SYN-Cookie geantwortet: Es hält keinen halboffenen Socket für A; die Verbindung entsteht erst, wenn A&apos;s ACK das Cookie zurückbringt</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;</source>
        <translation>unbekanntes Szenario „%1“</translation>
    </message>
</context>
<context>
    <name>NetSession</name>
    <message>
        <source>cannot set %1: %2</source>
        <translation>%1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1 is already listening</source>
        <translation>%1 lauscht bereits</translation>
    </message>
    <message>
        <source>listen on %1: %2</source>
        <translation>listen auf %1: %2</translation>
    </message>
    <message>
        <source>%1 backlog %2</source>
        <translation>%1, Backlog %2</translation>
    </message>
    <message>
        <source>connect from %1: %2</source>
        <translation>connect von %1: %2</translation>
    </message>
    <message>
        <source>%1 has no listener</source>
        <translation>%1 hat keinen Listener</translation>
    </message>
    <message>
        <source>accept on %1: no connection is ready</source>
        <translation>accept auf %1: keine Verbindung ist bereit</translation>
    </message>
    <message>
        <source>accept on %1: %2</source>
        <translation>accept auf %1: %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 has no connection to close</source>
        <translation>%1 hat keine Verbindung, die geschlossen werden könnte</translation>
    </message>
    <message>
        <source>%1 has no connection to shut down</source>
        <translation>%1 hat keine Verbindung, deren Schreibrichtung beendet werden könnte</translation>
    </message>
    <message>
        <source>shutdown on %1: %2</source>
        <translation>shutdown auf %1: %2</translation>
    </message>
    <message>
        <source>%1 has no connection to abort</source>
        <translation>%1 hat keine Verbindung, die abgebrochen werden könnte</translation>
    </message>
    <message>
        <source>abort on %1: %2</source>
        <translation>Abbruch auf %1: %2</translation>
    </message>
    <message>
        <source>%1 has no connection to send on</source>
        <translation>%1 hat keine Verbindung, auf der gesendet werden könnte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 has no connection to read from</source>
        <translation>%1 hat keine Verbindung, von der gelesen werden könnte</translation>
    </message>
    <message>
        <source>%1 has no connection to stop reading on</source>
        <translation>%1 hat keine Verbindung, auf der das Lesen angehalten werden könnte</translation>
    </message>
    <message>
        <source>stop reading on %1: %2</source>
        <translation>Lesen anhalten auf %1: %2</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>nothing is held after segment %1: there is nothing to overtake it</source>
        <translation>nach Segment %1 wird nichts angehalten: Es gibt nichts, das es überholen könnte</translation>
    </message>
    <message>
        <source>no %1 from %2 came onto the wire within %3 ms</source>
        <translation>kein %1 von %2 ist innerhalb von %3 ms auf die Leitung gekommen</translation>
    </message>
    <message>
        <source>%1 did not reach %2 within %3 ms (it is in %4)</source>
        <translation>%1 hat %2 nicht innerhalb von %3 ms erreicht (es ist in %4)</translation>
    </message>
    <message>
        <source>the wire is not open</source>
        <translation>die Leitung ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>NetText</name>
    <message>
        <source>user namespaces are switched off: user.max_user_namespaces is 0</source>
        <translation>User-Namespaces sind abgeschaltet: user.max_user_namespaces ist 0</translation>
    </message>
    <message>
        <source>unprivileged user namespaces are switched off: kernel.unprivileged_userns_clone is 0</source>
        <translation>unprivilegierte User-Namespaces sind abgeschaltet: kernel.unprivileged_userns_clone ist 0</translation>
    </message>
    <message>
        <source>AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns is 1) and tcpstatelab has no profile that allows them (%1)</source>
        <translation>AppArmor beschränkt unprivilegierte User-Namespaces (kernel.apparmor_restrict_unprivileged_userns ist 1), und tcpstatelab hat kein Profil, das sie erlaubt (%1)</translation>
    </message>
    <message>
        <source>the limit of user namespaces is reached (%1)</source>
        <translation>die Höchstzahl an User-Namespaces ist erreicht (%1)</translation>
    </message>
    <message>
        <source>the system refused to create a user namespace (%1)</source>
        <translation>das System hat es abgelehnt, einen User-Namespace anzulegen (%1)</translation>
    </message>
    <message>
        <source>the private network could not be built: %1</source>
        <translation>das private Netz konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>an administrator can allow them: sudo sysctl -w user.max_user_namespaces=15000 (to keep it after a reboot, put the setting in a file under /etc/sysctl.d/)</source>
        <translation>ein Administrator kann sie erlauben: sudo sysctl -w user.max_user_namespaces=15000 (damit es einen Neustart übersteht, die Einstellung in eine Datei unter /etc/sysctl.d/ schreiben)</translation>
    </message>
    <message>
        <source>an administrator can allow them: sudo sysctl -w kernel.unprivileged_userns_clone=1 (to keep it after a reboot, put the setting in a file under /etc/sysctl.d/)</source>
        <translation>ein Administrator kann sie erlauben: sudo sysctl -w kernel.unprivileged_userns_clone=1 (damit es einen Neustart übersteht, die Einstellung in eine Datei unter /etc/sysctl.d/ schreiben)</translation>
    </message>
    <message>
        <source>give tcpstatelab a profile: write /etc/apparmor.d/tcpstatelab with
  abi &lt;abi/4.0&gt;,
  include &lt;tunables/global&gt;
  profile tcpstatelab /usr/{bin/tcpstatelab,libexec/tcpstatelab/tcpstatelab-cli,libexec/tcpstatelab/tcpstatelab-gui} flags=(unconfined) {
    userns,
  }
then run: sudo apparmor_parser -r /etc/apparmor.d/tcpstatelab (or, for the whole machine: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0)</source>
        <translation>tcpstatelab ein Profil geben: /etc/apparmor.d/tcpstatelab schreiben mit
  abi &lt;abi/4.0&gt;,
  include &lt;tunables/global&gt;
  profile tcpstatelab /usr/{bin/tcpstatelab,libexec/tcpstatelab/tcpstatelab-cli,libexec/tcpstatelab/tcpstatelab-gui} flags=(unconfined) {
    userns,
  }
dann ausführen: sudo apparmor_parser -r /etc/apparmor.d/tcpstatelab (oder, für die ganze Maschine: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0)</translation>
    </message>
    <message>
        <source>close other programs that use user namespaces (sandboxes, containers), or raise user.max_user_namespaces: sudo sysctl -w user.max_user_namespaces=15000</source>
        <translation>andere Programme schließen, die User-Namespaces nutzen (Sandboxen, Container), oder user.max_user_namespaces erhöhen: sudo sysctl -w user.max_user_namespaces=15000</translation>
    </message>
    <message>
        <source>inside a container, a seccomp filter or a missing capability usually forbids it: run the container with user namespaces allowed (e.g. podman, or docker with a seccomp profile that permits unshare and setns)</source>
        <translation>in einem Container verbietet es meist ein seccomp-Filter oder eine fehlende Capability: den Container mit erlaubten User-Namespaces starten (z. B. podman, oder docker mit einem seccomp-Profil, das unshare und setns zulässt)</translation>
    </message>
    <message>
        <source>check that the kernel has network namespaces and veth (CONFIG_NET_NS, CONFIG_VETH)</source>
        <translation>prüfen, ob der Kernel Netz-Namespaces und veth hat (CONFIG_NET_NS, CONFIG_VETH)</translation>
    </message>
</context>
<context>
    <name>PktCommands</name>
    <message>
        <source>the private network is not available: %1</source>
        <translation>das private Netz ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>How to allow it: %1</source>
        <translation>So lässt es sich erlauben: %1</translation>
    </message>
    <message>
        <source>Usage: %1 pkt run SCRIPT.pkt... [--tolerance_usecs N] [--tolerance_percent N] [--ip-version ipv4|ipv6] [--set NAME=VALUE]... [--json]
Plays packetdrill scripts against a real Linux TCP stack (host A of the private network) without root: &apos;&lt;&apos; packets come from the remote 192.0.2.1, &apos;&gt;&apos; packets are what A must send.</source>
        <translation>Aufruf: %1 pkt run SKRIPT.pkt... [--tolerance_usecs N] [--tolerance_percent N] [--ip-version ipv4|ipv6] [--set NAME=WERT]... [--json]
Spielt packetdrill-Skripte ohne root gegen einen echten Linux-TCP-Stack ab (Host A des privaten Netzes): &apos;&lt;&apos;-Pakete kommen von der Gegenseite 192.0.2.1, &apos;&gt;&apos;-Pakete muss A senden.</translation>
    </message>
    <message>
        <source>use &quot;pkt run SCRIPT.pkt...&quot; (see pkt --help).</source>
        <translation>verwenden Sie „pkt run SKRIPT.pkt...“ (siehe pkt --help).</translation>
    </message>
    <message>
        <source>Play packetdrill scripts against host A&apos;s real Linux TCP stack in a private network made without root. Exit code 0: every line of every script held; 1: a script failed; 2: a script could not be read.</source>
        <translation>Spielt packetdrill-Skripte gegen den echten Linux-TCP-Stack von Host A in einem ohne root erzeugten privaten Netz ab. Exit-Code 0: jede Zeile jedes Skripts hat gestimmt; 1: ein Skript ist gescheitert; 2: ein Skript war nicht lesbar.</translation>
    </message>
    <message>
        <source>The packetdrill scripts.</source>
        <translation>Die packetdrill-Skripte.</translation>
    </message>
    <message>
        <source>SCRIPT.pkt...</source>
        <translation>SKRIPT.pkt...</translation>
    </message>
    <message>
        <source>How far a packet may be from its time, in microseconds (default 4000).</source>
        <translation>Wie weit ein Paket von seiner Zeit abweichen darf, in Mikrosekunden (Standard 4000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Tolerance as a percentage of the time since the previous line.</source>
        <translation>Toleranz in Prozent der Zeit seit der vorigen Zeile.</translation>
    </message>
    <message>
        <source>ipv4 or ipv6 (default ipv4).</source>
        <translation>ipv4 oder ipv6 (Standard ipv4).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>A kernel setting of host A, repeatable: tcp_syncookies, tcp_timestamps, ...</source>
        <translation>Eine Kernel-Einstellung von Host A, wiederholbar: tcp_syncookies, tcp_timestamps, ...</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Print one JSON object per script line.</source>
        <translation>Ein JSON-Objekt pro Skriptzeile ausgeben.</translation>
    </message>
    <message>
        <source>packetdrill scripts need Linux network namespaces.</source>
        <translation>packetdrill-Skripte brauchen Linux-Netzwerk-Namespaces.</translation>
    </message>
    <message>
        <source>pkt run needs at least one SCRIPT.pkt.</source>
        <translation>pkt run braucht mindestens ein SKRIPT.pkt.</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; valid settings: %2 (as NAME=VALUE; scripts run without an rto_min lock).</source>
        <translation>unbekannte Einstellung „%1“; gültige Einstellungen: %2 (als NAME=WERT; Skripte laufen ohne rto_min-Sperre).</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2: use a whole number from %3 to %4.</source>
        <translation>ungültiger Wert „%1“ für %2: verwenden Sie eine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>%1: cannot prepare host A: %2</source>
        <translation>%1: Host A lässt sich nicht vorbereiten: %2</translation>
    </message>
    <message>
        <source>%1: passed (%2 lines in %3 s)</source>
        <translation>%1: bestanden (%2 Zeilen in %3 s)</translation>
    </message>
    <message>
        <source>%1: FAILED at line %2</source>
        <translation>%1: GESCHEITERT in Zeile %2</translation>
    </message>
    <message>
        <source>%1 scripts: %2 passed, %3 failed, %4 unreadable</source>
        <translation>%1 Skripte: %2 bestanden, %3 gescheitert, %4 nicht lesbar</translation>
    </message>
</context>
<context>
    <name>PortList</name>
    <message>
        <source>invalid port &quot;%1&quot;: a port is a whole number from 1 to 65535.</source>
        <translation>ungültiger Port „%1“: ein Port ist eine ganze Zahl von 1 bis 65535.</translation>
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
    <message>
        <source>appeared in %1 (a connection of a listener)</source>
        <translation>erschienen in %1 (eine Verbindung eines lauschenden Sockets)</translation>
    </message>
    <message>
        <source>(via %1, unseen)</source>
        <translation>(über %1, ungesehen)</translation>
    </message>
    <message>
        <source>(path unknown)</source>
        <translation>(Weg unbekannt)</translation>
    </message>
</context>
<context>
    <name>RelativeSeq</name>
    <message>
        <source>&quot;%1&quot; is not a sequence expression: use rcv.nxt, snd.una, snd.nxt, irs, iss (plus or minus a number or wnd) or a plain number</source>
        <translation>„%1“ ist kein Sequenzausdruck: rcv.nxt, snd.una, snd.nxt, irs, iss (plus oder minus eine Zahl oder wnd) oder eine einfache Zahl verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected + or - after %2</source>
        <translation>„%1“: nach %2 wird + oder - erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is neither a number nor wnd</source>
        <translation>„%1“: „%2“ ist weder eine Zahl noch wnd</translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message numerus="yes">
        <source>TCP connections in %1: %n</source>
        <translation>
            <numerusform>TCP-Verbindungen in %1: %n</numerusform>
            <numerusform>TCP-Verbindungen in %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Frames A→B</source>
        <translation>Frames A→B</translation>
    </message>
    <message>
        <source>Bytes A→B</source>
        <translation>Bytes A→B</translation>
    </message>
    <message>
        <source>Frames B→A</source>
        <translation>Frames B→A</translation>
    </message>
    <message>
        <source>Bytes B→A</source>
        <translation>Bytes B→A</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>End A</source>
        <translation>Ende A</translation>
    </message>
    <message>
        <source>End B</source>
        <translation>Ende B</translation>
    </message>
    <message>
        <source>* the capture starts mid-stream: states are unknown until a segment tells them.</source>
        <translation>* der Mitschnitt beginnt mitten in der Verbindung: Zustände sind unbekannt, bis ein Segment sie verrät.</translation>
    </message>
    <message>
        <source>Replay a capture (pcap or pcapng): every TCP connection in it, both ends&apos; states inferred after every segment with the simulator&apos;s rules, completeness as Wireshark defines it.</source>
        <translation>Einen Mitschnitt abspielen (pcap oder pcapng): jede TCP-Verbindung darin, die Zustände beider Enden nach jedem Segment mit den Regeln des Simulators erschlossen, Vollständigkeit wie Wireshark sie definiert.</translation>
    </message>
    <message>
        <source>The capture file.</source>
        <translation>Die Mitschnittdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Show connection N segment by segment.</source>
        <translation>Verbindung N Segment für Segment zeigen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object per segment, then one per connection.</source>
        <translation>Ein JSON-Objekt je Segment ausgeben, dann eines je Verbindung.</translation>
    </message>
    <message>
        <source>Read only the packets this BPF filter takes, e.g. &apos;tcp port 80&apos;.</source>
        <translation>Nur die Pakete lesen, die dieser BPF-Filter annimmt, z. B. &apos;tcp port 80&apos;.</translation>
    </message>
    <message>
        <source>BPF</source>
        <translation>BPF</translation>
    </message>
    <message>
        <source>Whose TCP infers the states: linux (the default) or rfc9293.</source>
        <translation>Wessen TCP die Zustände erschließt: linux (Standard) oder rfc9293.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>replay needs one capture FILE.</source>
        <translation>replay braucht eine Mitschnitt-DATEI.</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; valid profiles: %2</source>
        <translation>unbekanntes Profil „%1“; gültige Profile: %2</translation>
    </message>
    <message>
        <source>--connection needs a connection number (1, 2, …), not &quot;%1&quot;.</source>
        <translation>--connection braucht eine Verbindungsnummer (1, 2, …), nicht „%1“.</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is a folder.</source>
        <translation>„%1“ kann nicht gelesen werden: es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Connection %1, segment by segment (profile %2):</source>
        <translation>Verbindung %1, Segment für Segment (Profil %2):</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>there is no connection %1: the capture holds %2.</source>
        <translation>es gibt keine Verbindung %1: der Mitschnitt enthält %2.</translation>
    </message>
    <message>
        <source>A %1 ends in %2, B %3 ends in %4; completeness %5 (%6); captured %7.</source>
        <translation>A %1 endet in %2, B %3 endet in %4; Vollständigkeit %5 (%6); mitgeschnitten %7.</translation>
    </message>
</context>
<context>
    <name>ReplayText</name>
    <message>
        <source>libpcap could not be loaded to read captures: %1</source>
        <translation>libpcap konnte zum Lesen von Mitschnitten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a pcap or pcapng capture: %2</source>
        <translation>„%1“ kann nicht als pcap- oder pcapng-Mitschnitt gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds link type %2, which replay does not read (Ethernet, Linux cooked, raw IP and loopback it does).</source>
        <translation>„%1“ hat den Link-Typ %2, den replay nicht liest (Ethernet, Linux cooked, rohes IP und Loopback liest es).</translation>
    </message>
    <message>
        <source>the filter is not valid BPF: %1</source>
        <translation>der Filter ist kein gültiges BPF: %1</translation>
    </message>
    <message>
        <source>the capture ends early (%1): what came before it is shown.</source>
        <translation>der Mitschnitt endet vorzeitig (%1): gezeigt wird, was davor kam.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) cut by the snap length before the end of the TCP header: skipped.</source>
        <translation>
            <numerusform>%n Paket(e) von der Snap-Länge vor dem Ende des TCP-Kopfes abgeschnitten: übersprungen.</numerusform>
            <numerusform>%n Paket(e) von der Snap-Länge vor dem Ende des TCP-Kopfes abgeschnitten: übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP fragment(s): skipped.</source>
        <translation>
            <numerusform>%n IP-Fragment(e): übersprungen.</numerusform>
            <numerusform>%n IP-Fragment(e): übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) with contradictory header lengths: skipped.</source>
        <translation>
            <numerusform>%n Paket(e) mit widersprüchlichen Kopflängen: übersprungen.</numerusform>
            <numerusform>%n Paket(e) mit widersprüchlichen Kopflängen: übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds no TCP segment (%n packet(s) read).</source>
        <translation>
            <numerusform>„%1“ enthält kein TCP-Segment (%n Paket(e) gelesen).</numerusform>
            <numerusform>„%1“ enthält kein TCP-Segment (%n Paket(e) gelesen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 called connect(): its SYN opens the connection.</source>
        <translation>%1 rief connect() auf: sein SYN öffnet die Verbindung.</translation>
    </message>
    <message>
        <source>%1 sends %2 new bytes.</source>
        <translation>%1 sendet %2 neue Bytes.</translation>
    </message>
    <message>
        <source>%1 closed for writing: its FIN.</source>
        <translation>%1 hat das Schreiben beendet: sein FIN.</translation>
    </message>
    <message>
        <source>%1 aborted: its RST.</source>
        <translation>%1 hat abgebrochen: sein RST.</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>out of window</source>
        <translation>außerhalb des Fensters</translation>
    </message>
    <message>
        <source>at capture point</source>
        <translation>am Mitschnittpunkt</translation>
    </message>
    <message>
        <source>states start here</source>
        <translation>Zustände beginnen hier</translation>
    </message>
    <message>
        <source>crossed frame %1</source>
        <translation>mit Frame %1 gekreuzt</translation>
    </message>
    <message>
        <source>The capture starts mid-stream: this segment is the first to tell the states; both ends are taken as synchronized.</source>
        <translation>Der Mitschnitt beginnt mitten in der Verbindung: dieses Segment verrät als erstes die Zustände; beide Enden gelten als synchronisiert.</translation>
    </message>
    <message>
        <source>A retransmission: %1 had sent this sequence space before.</source>
        <translation>Eine Wiederholung: %1 hatte diesen Sequenzraum schon gesendet.</translation>
    </message>
    <message>
        <source>%1&apos;s state is unknown: it never answered in the capture.</source>
        <translation>Der Zustand von %1 ist unbekannt: es antwortete im Mitschnitt nie.</translation>
    </message>
    <message>
        <source>The segments crossed: %1 handled this one only after sending frame %2.</source>
        <translation>Die Segmente kreuzten sich: %1 verarbeitete dieses erst nach dem Senden von Frame %2.</translation>
    </message>
    <message>
        <source>Out of window: the receiver does not accept its sequence numbers.</source>
        <translation>Außerhalb des Fensters: der Empfänger nimmt seine Sequenznummern nicht an.</translation>
    </message>
    <message>
        <source>Inferred at the capture point: %1 had not yet seen the segment when it was captured.</source>
        <translation>Am Mitschnittpunkt erschlossen: %1 hatte das Segment noch nicht gesehen, als es mitgeschnitten wurde.</translation>
    </message>
    <message>
        <source>at A</source>
        <translation>bei A</translation>
    </message>
    <message>
        <source>at B</source>
        <translation>bei B</translation>
    </message>
    <message>
        <source>on the same host</source>
        <translation>auf demselben Rechner</translation>
    </message>
    <message>
        <source>between the hosts</source>
        <translation>zwischen den Rechnern</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SimCommands</name>
    <message>
        <source>unknown scenario &quot;%1&quot;; valid scenarios: %2</source>
        <translation>unbekanntes Szenario „%1“; gültige Szenarien: %2</translation>
    </message>
    <message>
        <source>invalid --steps &quot;%1&quot;: use a whole number from 0 on.</source>
        <translation>ungültiges --steps „%1“: bitte eine ganze Zahl ab 0 angeben.</translation>
    </message>
    <message>
        <source>Step through a TCP scenario in the simulator: every segment, every timer, every state change, each step explained.</source>
        <translation>Ein TCP-Szenario im Simulator Schritt für Schritt durchgehen: jedes Segment, jeder Timer, jeder Zustandswechsel, jeder Schritt erklärt.</translation>
    </message>
    <message>
        <source>The scenario (see --list).</source>
        <translation>Das Szenario (siehe --list).</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SZENARIO</translation>
    </message>
    <message>
        <source>List the scenarios with their descriptions.</source>
        <translation>Die Szenarien mit ihren Beschreibungen auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show only the first N steps.</source>
        <translation>Nur die ersten N Schritte zeigen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>simulate needs one SCENARIO; valid scenarios: %1</source>
        <translation>simulate braucht ein SZENARIO; gültige Szenarien: %1</translation>
    </message>
    <message>
        <source>segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>sends:   %1</source>
        <translation>sendet:  %1</translation>
    </message>
    <message>
        <source>Write a scenario&apos;s ladder diagram (two timelines, every segment an arrow) to FILE: .png, .svg or .pdf. No display is needed.</source>
        <translation>Schreibt das Leiterdiagramm eines Szenarios (zwei Zeitachsen, jedes Segment ein Pfeil) in DATEI: .png, .svg oder .pdf. Kein Bildschirm nötig.</translation>
    </message>
    <message>
        <source>The scenario (see simulate --list).</source>
        <translation>Das Szenario (siehe simulate --list).</translation>
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
        <source>Draw only the first N steps.</source>
        <translation>Nur die ersten N Schritte zeichnen.</translation>
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
        <source>export-ladder needs a SCENARIO and a FILE (see --help).</source>
        <translation>export-ladder braucht ein SZENARIO und eine DATEI (siehe --help).</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; valid themes: %2</source>
        <translation>unbekanntes Farbschema „%1“; gültige Schemata: %2</translation>
    </message>
    <message>
        <source>invalid --width &quot;%1&quot;: use a whole number from 200 to 20000.</source>
        <translation>ungültiges --width „%1“: bitte eine ganze Zahl von 200 bis 20000 angeben.</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; valid profiles: %2</source>
        <translation>unbekanntes Profil &quot;%1&quot;; gültige Profile: %2</translation>
    </message>
    <message>
        <source>Which TCP the simulator plays: rfc9293 (the default) or linux (where the Linux kernel answers differently, each such step explained).</source>
        <translation>Welches TCP der Simulator spielt: rfc9293 (Voreinstellung) oder linux (wo der Linux-Kernel anders antwortet, jeder solche Schritt erklärt).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>Which TCP the simulator plays: rfc9293 (the default) or linux.</source>
        <translation>Welches TCP der Simulator spielt: rfc9293 (Voreinstellung) oder linux.</translation>
    </message>
</context>
<context>
    <name>SimText</name>
    <message>
        <source>The network loses the segment; its sender will notice only when its retransmission timer fires.</source>
        <translation>Das Netz verliert das Segment; sein Sender merkt es erst, wenn sein Wiederholungs-Timer abläuft.</translation>
    </message>
    <message>
        <source>The network duplicates the segment: the copy arrives later as an old duplicate.</source>
        <translation>Das Netz verdoppelt das Segment: Die Kopie kommt später als altes Duplikat an.</translation>
    </message>
    <message>
        <source>%1 accepts the data in order, advances RCV.NXT and acknowledges it (RFC 9293 §3.10.7.4, seventh).</source>
        <translation>%1 nimmt die Daten in Reihenfolge an, rückt RCV.NXT vor und bestätigt sie (RFC 9293 §3.10.7.4, siebter Schritt).</translation>
    </message>
    <message>
        <source>%1&apos;s SND.UNA advances: what it sent is acknowledged, its retransmission timer stops (§3.10.7.4, fifth).</source>
        <translation>SND.UNA von %1 rückt vor: Das Gesendete ist bestätigt, der Wiederholungs-Timer stoppt (§3.10.7.4, fünfter Schritt).</translation>
    </message>
    <message>
        <source>%1 has seen this acknowledgement already and ignores it.</source>
        <translation>%1 kennt diese Bestätigung schon und ignoriert sie.</translation>
    </message>
    <message>
        <source>The segment is outside %1&apos;s receive window: %1 answers with an ACK and drops it (§3.10.7.4, first).</source>
        <translation>Das Segment liegt außerhalb des Empfangsfensters von %1: %1 antwortet mit einem ACK und verwirft es (§3.10.7.4, erster Schritt).</translation>
    </message>
    <message>
        <source>%1 has no connection for this segment: it answers with a RST (§3.10.7.1).</source>
        <translation>%1 hat keine Verbindung zu diesem Segment: Es antwortet mit einem RST (§3.10.7.1).</translation>
    </message>
    <message>
        <source>The segment acknowledges something %1 never sent: %1 answers with a RST (§3.10.7.2-4).</source>
        <translation>Das Segment bestätigt etwas, das %1 nie gesendet hat: %1 antwortet mit einem RST (§3.10.7.2–4).</translation>
    </message>
    <message>
        <source>%1 ignores the RST: it does not match the connection&apos;s sequence numbers.</source>
        <translation>%1 ignoriert das RST: Es passt nicht zu den Sequenznummern der Verbindung.</translation>
    </message>
    <message>
        <source>%1&apos;s retransmission timer fires: the unacknowledged segment is sent again and the timeout doubles (RFC 6298).</source>
        <translation>Der Wiederholungs-Timer von %1 läuft ab: Das unbestätigte Segment wird erneut gesendet, die Wartezeit verdoppelt sich (RFC 6298).</translation>
    </message>
    <message>
        <source>%1 is in TIME_WAIT and the peer&apos;s FIN comes again: its ACK was lost, so %1 acknowledges it again and restarts 2MSL (§3.10.7.4, eighth).</source>
        <translation>%1 ist in TIME_WAIT, und das FIN der Gegenstelle kommt erneut: Sein ACK ging verloren, also bestätigt %1 es noch einmal und startet 2MSL neu (§3.10.7.4, achter Schritt).</translation>
    </message>
    <message>
        <source>%1&apos;s 2MSL timer expires: 60 s on Linux (RFC 9293&apos;s MSL of 2 min would make it 4 min).</source>
        <translation>Der 2MSL-Timer von %1 läuft ab: 60 s unter Linux (mit der MSL von 2 min aus RFC 9293 wären es 4 min).</translation>
    </message>
    <message>
        <source>%1&apos;s application is gone and the peer never closed: Linux deletes the orphaned FIN_WAIT_2 after tcp_fin_timeout (60 s); the RFC has no such timer.</source>
        <translation>Die Anwendung von %1 ist fort, und die Gegenstelle hat nie geschlossen: Linux löscht das verwaiste FIN_WAIT_2 nach tcp_fin_timeout (60 s); das RFC kennt diesen Timer nicht.</translation>
    </message>
    <message>
        <source>%1 has retransmitted too often and gives up: the connection is closed (§3.8.3).</source>
        <translation>%1 hat zu oft wiederholt und gibt auf: Die Verbindung wird geschlossen (§3.8.3).</translation>
    </message>
    <message>
        <source>A SYN from a spoofed address: B answers with SYN,ACK into the void and keeps one more half-open connection in SYN_RECEIVED.</source>
        <translation>Ein SYN von einer gefälschten Adresse: B antwortet mit SYN,ACK ins Leere und hält eine weitere halboffene Verbindung in SYN_RECEIVED.</translation>
    </message>
    <message>
        <source>B&apos;s half-open queue is full: the SYN is dropped (Linux counts it in ListenDrops).</source>
        <translation>Die Warteschlange halboffener Verbindungen von B ist voll: Das SYN wird verworfen (Linux zählt es in ListenDrops).</translation>
    </message>
    <message>
        <source>B&apos;s queue is full but SYN cookies are on: B answers with a SYN,ACK whose sequence number encodes the connection, and keeps no state.</source>
        <translation>Die Warteschlange von B ist voll, aber SYN-Cookies sind an: B antwortet mit einem SYN,ACK, dessen Sequenznummer die Verbindung codiert, und speichert keinen Zustand.</translation>
    </message>
    <message>
        <source>B turns SYN cookies on (net.ipv4.tcp_syncookies).</source>
        <translation>B schaltet SYN-Cookies ein (net.ipv4.tcp_syncookies).</translation>
    </message>
    <message>
        <source>B&apos;s listener takes at most this many half-open connections.</source>
        <translation>Der lauschende Socket von B nimmt höchstens so viele halboffene Verbindungen an.</translation>
    </message>
    <message>
        <source>%1 has no use for this segment in its state and drops it.</source>
        <translation>%1 kann mit diesem Segment in seinem Zustand nichts anfangen und verwirft es.</translation>
    </message>
    <message>
        <source>Nothing happens: the command does not apply now.</source>
        <translation>Nichts geschieht: Der Befehl ist jetzt nicht anwendbar.</translation>
    </message>
    <message>
        <source>%1 queues the request until the connection is established.</source>
        <translation>%1 stellt die Anfrage zurück, bis die Verbindung steht.</translation>
    </message>
    <message>
        <source>%1 receives the segment; nothing changes.</source>
        <translation>%1 empfängt das Segment; nichts ändert sich.</translation>
    </message>
    <message>
        <source>SYN, SYN,ACK, ACK: a passive and an active open meet.</source>
        <translation>SYN, SYN,ACK, ACK: Ein passives und ein aktives Öffnen treffen sich.</translation>
    </message>
    <message>
        <source>A closes first (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), then B (CLOSE_WAIT, LAST_ACK).</source>
        <translation>Erst schließt A (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), dann B (CLOSE_WAIT, LAST_ACK).</translation>
    </message>
    <message>
        <source>Both sides send a SYN at once: both pass SYN_RECEIVED.</source>
        <translation>Beide Seiten senden gleichzeitig ein SYN: Beide durchlaufen SYN_RECEIVED.</translation>
    </message>
    <message>
        <source>Both sides close at once: both pass CLOSING to TIME_WAIT.</source>
        <translation>Beide Seiten schließen gleichzeitig: Beide gehen über CLOSING nach TIME_WAIT.</translation>
    </message>
    <message>
        <source>A shuts down writing; B keeps sending data that A still reads.</source>
        <translation>A beendet das Schreiben; B sendet weiter Daten, die A noch liest.</translation>
    </message>
    <message>
        <source>A aborts: a RST, and both sides are CLOSED at once.</source>
        <translation>A bricht ab: ein RST, und beide Seiten sind sofort CLOSED.</translation>
    </message>
    <message>
        <source>A connects to a port where nobody listens: the SYN draws a RST.</source>
        <translation>A verbindet sich mit einem Port, an dem niemand lauscht: Das SYN zieht ein RST nach sich.</translation>
    </message>
    <message>
        <source>A&apos;s SYN is lost: A&apos;s retransmission timer sends it again.</source>
        <translation>Das SYN von A geht verloren: Der Wiederholungs-Timer von A sendet es erneut.</translation>
    </message>
    <message>
        <source>A&apos;s FIN is lost: A retransmits it from FIN_WAIT_1.</source>
        <translation>Das FIN von A geht verloren: A wiederholt es aus FIN_WAIT_1.</translation>
    </message>
    <message>
        <source>A&apos;s final ACK is lost: B in LAST_ACK retransmits its FIN, A in TIME_WAIT acknowledges it again.</source>
        <translation>Das letzte ACK von A geht verloren: B in LAST_ACK wiederholt sein FIN, A in TIME_WAIT bestätigt es erneut.</translation>
    </message>
    <message>
        <source>Spoofed SYNs fill B&apos;s backlog of 4; A&apos;s SYN is dropped until SYN cookies let it through.</source>
        <translation>Gefälschte SYNs füllen den Backlog von B (4); das SYN von A wird verworfen, bis SYN-Cookies es durchlassen.</translation>
    </message>
    <message>
        <source>A closes and B never does: Linux times A&apos;s orphaned FIN_WAIT_2 out after 60 s.</source>
        <translation>A schließt, B nie: Linux beendet das verwaiste FIN_WAIT_2 von A nach 60 s.</translation>
    </message>
    <message>
        <source>A tour of RST and ABORT in every state, one short connection after another.</source>
        <translation>Ein Rundgang durch RST und ABORT in jedem Zustand, eine kurze Verbindung nach der anderen.</translation>
    </message>
    <message>
        <source>Three-way handshake</source>
        <translation>Drei-Wege-Handshake</translation>
    </message>
    <message>
        <source>Active close</source>
        <translation>Aktives Schließen</translation>
    </message>
    <message>
        <source>Simultaneous open</source>
        <translation>Gleichzeitiges Öffnen</translation>
    </message>
    <message>
        <source>Simultaneous close</source>
        <translation>Gleichzeitiges Schließen</translation>
    </message>
    <message>
        <source>Half-close</source>
        <translation>Halbes Schließen</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Lost SYN</source>
        <translation>Verlorenes SYN</translation>
    </message>
    <message>
        <source>Lost FIN</source>
        <translation>Verlorenes FIN</translation>
    </message>
    <message>
        <source>Lost final ACK</source>
        <translation>Verlorenes letztes ACK</translation>
    </message>
    <message>
        <source>TIME_WAIT expires</source>
        <translation>TIME_WAIT läuft ab</translation>
    </message>
    <message>
        <source>B&apos;s ACK of A&apos;s FIN is lost, but B&apos;s FIN carries the same acknowledgement: A goes from FIN_WAIT_1 straight to TIME_WAIT, then the 2MSL timer runs out and A&apos;s TCB is deleted.</source>
        <translation>Bs ACK auf As FIN geht verloren, doch Bs FIN trägt dieselbe Bestätigung: A geht von FIN_WAIT_1 direkt nach TIME_WAIT, dann läuft der 2MSL-Timer ab und As TCB wird gelöscht.</translation>
    </message>
    <message>
        <source>SYN flood</source>
        <translation>SYN-Flut</translation>
    </message>
    <message>
        <source>Orphaned FIN_WAIT_2</source>
        <translation>Verwaistes FIN_WAIT_2</translation>
    </message>
    <message>
        <source>Resets and aborts</source>
        <translation>Resets und Abbrüche</translation>
    </message>
    <message>
        <source>%1: listen</source>
        <translation>%1: lauschen (listen)</translation>
    </message>
    <message>
        <source>%1: connect</source>
        <translation>%1: verbinden (connect)</translation>
    </message>
    <message>
        <source>%1: send %2 bytes</source>
        <translation>%1: %2 Bytes senden</translation>
    </message>
    <message>
        <source>%1: shut down writing</source>
        <translation>%1: Schreiben beenden</translation>
    </message>
    <message>
        <source>%1: close</source>
        <translation>%1: schließen</translation>
    </message>
    <message>
        <source>%1: abort</source>
        <translation>%1: abbrechen</translation>
    </message>
    <message>
        <source>Network: deliver</source>
        <translation>Netz: zustellen</translation>
    </message>
    <message>
        <source>Network: deliver #%1 out of order</source>
        <translation>Netz: Nr. %1 außer der Reihe zustellen</translation>
    </message>
    <message>
        <source>Network: drop #%1</source>
        <translation>Netz: Nr. %1 verwerfen</translation>
    </message>
    <message>
        <source>Network: duplicate #%1</source>
        <translation>Netz: Nr. %1 verdoppeln</translation>
    </message>
    <message>
        <source>Time passes: next timer</source>
        <translation>Zeit vergeht: nächster Timer</translation>
    </message>
    <message>
        <source>Flood: spoofed SYN to B</source>
        <translation>Flut: gefälschtes SYN an B</translation>
    </message>
    <message>
        <source>B: SYN cookies on</source>
        <translation>B: SYN-Cookies an</translation>
    </message>
    <message>
        <source>B: SYN cookies off</source>
        <translation>B: SYN-Cookies aus</translation>
    </message>
    <message>
        <source>B: listen backlog %1</source>
        <translation>B: Warteschlange des Listeners %1</translation>
    </message>
    <message>
        <source>Crafted segment to %1: %2</source>
        <translation>Selbst gebautes Segment an %1: %2</translation>
    </message>
    <message>
        <source>Network: deliver %1</source>
        <translation>Netz: stellt %1 zu</translation>
    </message>
    <message>
        <source>Network: deliver #%1 out of order: %2</source>
        <translation>Netz: stellt Nr. %1 außer der Reihe zu: %2</translation>
    </message>
    <message>
        <source>Network: drop %1</source>
        <translation>Netz: verwirft %1</translation>
    </message>
    <message>
        <source>Network: duplicate %1</source>
        <translation>Netz: verdoppelt %1</translation>
    </message>
    <message>
        <source>Time passes: %1&apos;s %2 timer fires</source>
        <translation>Zeit vergeht: der %2-Timer von %1 läuft ab</translation>
    </message>
    <message>
        <source>Flood: spoofed %1</source>
        <translation>Flut: gefälschtes %1</translation>
    </message>
    <message>
        <source>%1 — left of the window: already received</source>
        <translation>%1 — links vom Fenster: schon empfangen</translation>
    </message>
    <message>
        <source>%1 — exactly the next expected</source>
        <translation>%1 — genau das als Nächstes erwartete</translation>
    </message>
    <message>
        <source>%1 — inside the window, not the next expected</source>
        <translation>%1 — im Fenster, aber nicht das als Nächstes erwartete</translation>
    </message>
    <message>
        <source>%1 — the last number inside the window</source>
        <translation>%1 — die letzte Nummer im Fenster</translation>
    </message>
    <message>
        <source>%1 — right of the window: outside</source>
        <translation>%1 — rechts vom Fenster: außerhalb</translation>
    </message>
    <message>
        <source>%1 — acknowledges old data</source>
        <translation>%1 — bestätigt alte Daten</translation>
    </message>
    <message>
        <source>%1 — acknowledges nothing new</source>
        <translation>%1 — bestätigt nichts Neues</translation>
    </message>
    <message>
        <source>%1 — acknowledges everything sent</source>
        <translation>%1 — bestätigt alles Gesendete</translation>
    </message>
    <message>
        <source>%1 — acknowledges data never sent</source>
        <translation>%1 — bestätigt nie gesendete Daten</translation>
    </message>
    <message>
        <source>The data is inside %1&apos;s window but not at RCV.NXT: %1 acknowledges what it expects; this simulator does not keep out-of-order data.</source>
        <translation>Die Daten liegen in %1s Fenster, aber nicht bei RCV.NXT: %1 bestätigt, was es erwartet; dieser Simulator hebt Daten außer der Reihe nicht auf.</translation>
    </message>
    <message>
        <source>The ACK returns a valid cookie: only now does B create the connection, rebuilt from the cookie; it passes SYN_RECEIVED within this one step and is ESTABLISHED.</source>
        <translation>Das ACK bringt ein gültiges Cookie zurück: Erst jetzt legt B die Verbindung an, aus dem Cookie wiederhergestellt; sie durchläuft SYN_RECEIVED in diesem einen Schritt und ist ESTABLISHED.</translation>
    </message>
    <message>
        <source>A crafted %1 arrives at %2. Its sequence number is %3.</source>
        <translation>Ein selbst gebautes %1 erreicht %2. Seine Sequenznummer ist %3.</translation>
    </message>
    <message>
        <source>Its acknowledgement number is %1.</source>
        <translation>Seine Bestätigungsnummer ist %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answers with a challenge ACK instead of resetting (RFC 5961, adopted by RFC 9293).</source>
        <translation>%1 antwortet mit einem Challenge-ACK, statt zurückzusetzen (RFC 5961, von RFC 9293 übernommen).</translation>
    </message>
    <message>
        <source>Linux drops a SYN that also carries FIN in LISTEN (tcp_rcv_state_process() discards it) and answers nothing; RFC 9293 would take the SYN and answer SYN,ACK.</source>
        <translation>Linux verwirft in LISTEN ein SYN, das zugleich FIN trägt (tcp_rcv_state_process() verwirft es), und antwortet nicht; nach RFC 9293 würde das SYN angenommen und mit SYN,ACK beantwortet.</translation>
    </message>
    <message>
        <source>Linux keeps a passive SYN_RECEIVED as a request socket beside its listener (tcp_check_req()): a SYN inside the window resets it with a RST and only the listener remains, LISTEN, as RFC 793 said; RFC 9293 with RFC 5961 answers a challenge ACK instead.</source>
        <translation>Linux führt ein passives SYN_RECEIVED als Request-Socket neben seinem Listener (tcp_check_req()): ein SYN im Fenster setzt es mit einem RST zurück, und nur der Listener bleibt, LISTEN, wie RFC 793 es sagte; RFC 9293 mit RFC 5961 antwortet stattdessen mit einem Challenge-ACK.</translation>
    </message>
    <message>
        <source>Linux checks the ACK number of a request socket before the sequence number (tcp_check_req()): an ACK of anything but its SYN,ACK goes to the listener, which answers with a RST.</source>
        <translation>Linux prüft bei einem Request-Socket die ACK-Nummer vor der Sequenznummer (tcp_check_req()): ein ACK, das etwas anderes als sein SYN,ACK bestätigt, geht an den Listener, der mit einem RST antwortet.</translation>
    </message>
    <message>
        <source>%1&apos;s peer sends its SYN again: Linux&apos;s request socket answers with its SYN,ACK once more (tcp_check_req()).</source>
        <translation>Die Gegenseite von %1 sendet ihr SYN noch einmal: das Request-Socket von Linux antwortet erneut mit seinem SYN,ACK (tcp_check_req()).</translation>
    </message>
    <message>
        <source>Linux discards a segment that has none of ACK, SYN and RST before it looks at the sequence number (tcp_rcv_state_process()): no answer, where RFC 9293 would answer a segment outside the window with an ACK.</source>
        <translation>Linux verwirft ein Segment ohne ACK, SYN und RST, bevor es die Sequenznummer ansieht (tcp_rcv_state_process()): keine Antwort, wo RFC 9293 ein Segment außerhalb des Fensters mit einem ACK beantworten würde.</translation>
    </message>
    <message>
        <source>The segment starts exactly at RCV.NXT+RCV.WND: Linux counts it inside the window (tcp_sequence() tests &quot;not after&quot; the right edge; tcp_in_window(), for request and timewait sockets, lets an empty segment sit there); RFC 9293 counts it outside.</source>
        <translation>Das Segment beginnt genau bei RCV.NXT+RCV.WND: Linux zählt es zum Fenster (tcp_sequence() prüft &quot;nicht nach&quot; dem rechten Rand; tcp_in_window() lässt für Request- und Timewait-Sockets ein leeres Segment dort zu); RFC 9293 zählt es nicht dazu.</translation>
    </message>
    <message>
        <source>The segment&apos;s sequence space starts beyond RCV.NXT: Linux keeps it in its out-of-order queue and acknowledges RCV.NXT at once (a duplicate ACK, tcp_data_queue()); RFC 9293 needs no answer.</source>
        <translation>Der Sequenzraum des Segments beginnt hinter RCV.NXT: Linux legt es in seine Out-of-order-Warteschlange und bestätigt sofort RCV.NXT (ein doppeltes ACK, tcp_data_queue()); RFC 9293 verlangt keine Antwort.</translation>
    </message>
    <message>
        <source>%1 has received this sequence space already: Linux acknowledges RCV.NXT again at once (tcp_data_queue()).</source>
        <translation>%1 hat diesen Sequenzraum schon empfangen: Linux bestätigt sofort noch einmal RCV.NXT (tcp_data_queue()).</translation>
    </message>
    <message>
        <source>%1 has received the peer&apos;s FIN already: Linux ignores data or a FIN at or beyond RCV.NXT without an answer (tcp_rcv_state_process()); RFC 9293 acknowledges a FIN again.</source>
        <translation>%1 hat das FIN der Gegenseite schon empfangen: Linux ignoriert Daten oder ein FIN bei oder hinter RCV.NXT ohne Antwort (tcp_rcv_state_process()); RFC 9293 bestätigt ein FIN erneut.</translation>
    </message>
    <message>
        <source>%1&apos;s application has closed the socket, yet new data or a FIN beyond RCV.NXT arrives: Linux answers with a RST and closes the connection at once (RFC 1122 §4.2.2.13, counted as TCPAbortOnData); RFC 9293 would go on receiving.</source>
        <translation>Die Anwendung von %1 hat das Socket geschlossen, doch neue Daten oder ein FIN hinter RCV.NXT kommen an: Linux antwortet mit einem RST und schließt die Verbindung sofort (RFC 1122 §4.2.2.13, gezählt als TCPAbortOnData); nach RFC 9293 ginge der Empfang weiter.</translation>
    </message>
    <message>
        <source>%1 has received the peer&apos;s FIN: Linux also takes a RST whose sequence number is RCV.NXT-1, the FIN&apos;s own (tcp_reset_check()).</source>
        <translation>%1 hat das FIN der Gegenseite empfangen: Linux nimmt auch ein RST mit der Sequenznummer RCV.NXT-1 an, der des FIN (tcp_reset_check()).</translation>
    </message>
    <message>
        <source>%1 is an orphaned FIN_WAIT_2 (its application closed): Linux keeps it as a timewait socket, which answers a SYN at or beyond RCV.NXT with a RST and is deleted (tcp_timewait_state_process()); RFC 9293 answers a challenge ACK.</source>
        <translation>%1 ist ein verwaistes FIN_WAIT_2 (seine Anwendung hat geschlossen): Linux führt es als Timewait-Socket, das ein SYN bei oder hinter RCV.NXT mit einem RST beantwortet und gelöscht wird (tcp_timewait_state_process()); RFC 9293 antwortet mit einem Challenge-ACK.</translation>
    </message>
    <message>
        <source>%1 is an orphaned FIN_WAIT_2, a timewait socket in Linux: any RST inside its window deletes it, without RFC 5961&apos;s challenge ACK (tcp_timewait_state_process()).</source>
        <translation>%1 ist ein verwaistes FIN_WAIT_2, in Linux ein Timewait-Socket: jedes RST in seinem Fenster löscht es, ohne das Challenge-ACK von RFC 5961 (tcp_timewait_state_process()).</translation>
    </message>
    <message>
        <source>%1 is an orphaned FIN_WAIT_2, a timewait socket in Linux: a segment outside its window, even a RST, is answered with an ACK (tcp_timewait_state_process()).</source>
        <translation>%1 ist ein verwaistes FIN_WAIT_2, in Linux ein Timewait-Socket: ein Segment außerhalb seines Fensters, selbst ein RST, wird mit einem ACK beantwortet (tcp_timewait_state_process()).</translation>
    </message>
    <message>
        <source>%1 is in TIME_WAIT: Linux acknowledges every segment that is not exactly at RCV.NXT at once, and restarts 2MSL if it carries an ACK (tcp_timewait_state_process()); RFC 9293 acknowledges only a retransmitted FIN.</source>
        <translation>%1 ist in TIME_WAIT: Linux bestätigt jedes Segment, das nicht genau bei RCV.NXT liegt, sofort und startet 2MSL neu, wenn es ein ACK trägt (tcp_timewait_state_process()); RFC 9293 bestätigt nur ein wiederholtes FIN.</translation>
    </message>
    <message>
        <source>%1 is in TIME_WAIT: Linux ignores a RST that is not exactly at RCV.NXT, without RFC 5961&apos;s challenge ACK (tcp_timewait_state_process()).</source>
        <translation>%1 ist in TIME_WAIT: Linux ignoriert ein RST, das nicht genau bei RCV.NXT liegt, ohne das Challenge-ACK von RFC 5961 (tcp_timewait_state_process()).</translation>
    </message>
    <message>
        <source>A new SYN above RCV.NXT reaches %1 in TIME_WAIT: Linux ends TIME_WAIT at once and %1&apos;s listener takes the SYN as a new connection, with an initial sequence number above the old connection&apos;s (RFC 6191, RFC 1122 §4.2.2.13); RFC 9293 answers with an ACK and stays in TIME_WAIT.</source>
        <translation>Ein neues SYN oberhalb von RCV.NXT erreicht %1 in TIME_WAIT: Linux beendet TIME_WAIT sofort, und der Listener von %1 nimmt das SYN als neue Verbindung an, mit einer Anfangssequenznummer oberhalb der alten Verbindung (RFC 6191, RFC 1122 §4.2.2.13); RFC 9293 antwortet mit einem ACK und bleibt in TIME_WAIT.</translation>
    </message>
    <message>
        <source>A new SYN above RCV.NXT reaches %1 in TIME_WAIT: Linux ends TIME_WAIT at once and hands it to %1&apos;s listener (RFC 6191), which drops it because it carries FIN too; the connection is gone, the listener stays.</source>
        <translation>Ein neues SYN oberhalb von RCV.NXT erreicht %1 in TIME_WAIT: Linux beendet TIME_WAIT sofort und gibt es an den Listener von %1 (RFC 6191), der es verwirft, weil es auch FIN trägt; die Verbindung ist fort, der Listener bleibt.</translation>
    </message>
    <message>
        <source>A crafted %1 arrives at %2.</source>
        <translation>Ein selbst gebautes %1 kommt bei %2 an.</translation>
    </message>
    <message>
        <source>RFC 9293</source>
        <translation>RFC 9293</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>TCP as RFC 9293 writes it, with the challenge ACKs of RFC 5961 that it adopts.</source>
        <translation>TCP, wie RFC 9293 es beschreibt, mit den Challenge-ACKs aus RFC 5961, die es übernimmt.</translation>
    </message>
    <message>
        <source>TCP as the Linux kernel plays it where it parts from RFC 9293 (measured on the real kernel); each such step names the Linux behaviour.</source>
        <translation>TCP, wie der Linux-Kernel es spielt, wo er von RFC 9293 abweicht (am echten Kernel gemessen); jeder solche Schritt nennt das Linux-Verhalten.</translation>
    </message>
    <message>
        <source>Linux&apos;s RST for an abort also carries ACK with RCV.NXT (tcp_send_active_reset()); RFC 9293 §3.10.5 sends a bare RST with SEQ = SND.NXT.</source>
        <translation>Das RST von Linux bei einem Abbruch trägt auch ACK mit RCV.NXT (tcp_send_active_reset()); RFC 9293 §3.10.5 sendet ein bloßes RST mit SEQ = SND.NXT.</translation>
    </message>
    <message>
        <source>%1 is in SYN_RECEIVED, reached from LISTEN, and a SYN arrives inside its window: the connection returns to LISTEN and sends nothing (RFC 9293 §3.10.7.4, fourth check, SYN-RECEIVED).</source>
        <translation>%1 ist in SYN_RECEIVED, aus LISTEN erreicht, und ein SYN trifft innerhalb seines Fensters ein: Die Verbindung kehrt nach LISTEN zurück und sendet nichts (RFC 9293 §3.10.7.4, vierte Prüfung, SYN-RECEIVED).</translation>
    </message>
    <message>
        <source>Linux judges the segment whole (tcp_sequence()): its SYN at IRS lies before the window, so %1 answers with an ACK; RFC 9293 trims the repeated SYN off and processes the rest from RCV.NXT.</source>
        <translation>Linux beurteilt das Segment als Ganzes (tcp_sequence()): Sein SYN bei IRS liegt vor dem Fenster, also antwortet %1 mit einem ACK; RFC 9293 schneidet das wiederholte SYN ab und verarbeitet den Rest ab RCV.NXT.</translation>
    </message>
    <message>
        <source>The ACK of %1&apos;s FIN moves it to TIME_WAIT and Linux discards the rest of the segment (tcp_rcv_state_process()); RFC 9293 goes on to the FIN and acknowledges it again.</source>
        <translation>Das ACK für das FIN von %1 bringt es nach TIME_WAIT, und Linux verwirft den Rest des Segments (tcp_rcv_state_process()); RFC 9293 verarbeitet weiter das FIN und bestätigt es erneut.</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.1, CLOSED</source>
        <translation>RFC 9293 §3.10.7.1, CLOSED</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.2, first check (RST), LISTEN</source>
        <translation>RFC 9293 §3.10.7.2, erste Prüfung (RST), LISTEN</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.2, second check (ACK), LISTEN</source>
        <translation>RFC 9293 §3.10.7.2, zweite Prüfung (ACK), LISTEN</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.2, third check (SYN), LISTEN</source>
        <translation>RFC 9293 §3.10.7.2, dritte Prüfung (SYN), LISTEN</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.2, fourth check (other text or control), LISTEN</source>
        <translation>RFC 9293 §3.10.7.2, vierte Prüfung (andere Daten oder Steuerbits), LISTEN</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.3, first check (ACK), SYN-SENT</source>
        <translation>RFC 9293 §3.10.7.3, erste Prüfung (ACK), SYN-SENT</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.3, second check (RST), SYN-SENT</source>
        <translation>RFC 9293 §3.10.7.3, zweite Prüfung (RST), SYN-SENT</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.3, fourth check (SYN), SYN-SENT</source>
        <translation>RFC 9293 §3.10.7.3, vierte Prüfung (SYN), SYN-SENT</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.3, fifth check (neither SYN nor RST), SYN-SENT</source>
        <translation>RFC 9293 §3.10.7.3, fünfte Prüfung (weder SYN noch RST), SYN-SENT</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, the segment trimmed to the window</source>
        <translation>RFC 9293 §3.10.7.4, das Segment auf das Fenster gekürzt</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, first check (sequence number)</source>
        <translation>RFC 9293 §3.10.7.4, erste Prüfung (Sequenznummer)</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, second check (RST)</source>
        <translation>RFC 9293 §3.10.7.4, zweite Prüfung (RST)</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, second check (RST), SYN-RECEIVED</source>
        <translation>RFC 9293 §3.10.7.4, zweite Prüfung (RST), SYN-RECEIVED</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, fourth check (SYN)</source>
        <translation>RFC 9293 §3.10.7.4, vierte Prüfung (SYN)</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, fourth check (SYN), SYN-RECEIVED</source>
        <translation>RFC 9293 §3.10.7.4, vierte Prüfung (SYN), SYN-RECEIVED</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, fifth check (ACK)</source>
        <translation>RFC 9293 §3.10.7.4, fünfte Prüfung (ACK)</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, fifth check (ACK), SYN-RECEIVED</source>
        <translation>RFC 9293 §3.10.7.4, fünfte Prüfung (ACK), SYN-RECEIVED</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, fifth check (ACK), TIME-WAIT</source>
        <translation>RFC 9293 §3.10.7.4, fünfte Prüfung (ACK), TIME-WAIT</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, seventh check (segment text)</source>
        <translation>RFC 9293 §3.10.7.4, siebte Prüfung (Segmentdaten)</translation>
    </message>
    <message>
        <source>RFC 9293 §3.10.7.4, eighth check (FIN)</source>
        <translation>RFC 9293 §3.10.7.4, achte Prüfung (FIN)</translation>
    </message>
    <message>
        <source>RFC 5961 (challenge ACK)</source>
        <translation>RFC 5961 (Challenge-ACK)</translation>
    </message>
    <message>
        <source>RFC 1337 (net.ipv4.tcp_rfc1337)</source>
        <translation>RFC 1337 (net.ipv4.tcp_rfc1337)</translation>
    </message>
    <message>
        <source>RFC 6191 (a new SYN ends TIME-WAIT)</source>
        <translation>RFC 6191 (ein neues SYN beendet TIME-WAIT)</translation>
    </message>
    <message>
        <source>RFC 1122 §4.2.2.13 (data after close)</source>
        <translation>RFC 1122 §4.2.2.13 (Daten nach dem Schließen)</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Quellen: %1.</translation>
    </message>
</context>
<context>
    <name>StateSummary</name>
    <message>
        <source>no connections</source>
        <translation>keine Verbindungen</translation>
    </message>
    <message>
        <source>1 connection (server)</source>
        <translation>1 Verbindung (Server)</translation>
    </message>
    <message>
        <source>1 connection (client)</source>
        <translation>1 Verbindung (Client)</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <source>%1 connections (client)</source>
        <translation>%1 Verbindungen (Client)</translation>
    </message>
    <message>
        <source>%1 connections (server)</source>
        <translation>%1 Verbindungen (Server)</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>%1 connections (%2 client, %3 server)</source>
        <translation>%1 Verbindungen (%2 Client, %3 Server)</translation>
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
    <message>
        <source>Linux, not the RFC: an orphaned FIN_WAIT_2 whose peer never closes is deleted after tcp_fin_timeout (60 s).</source>
        <translation>Linux, nicht das RFC: Ein verwaistes FIN_WAIT_2, dessen Gegenstelle nie schließt, wird nach tcp_fin_timeout (60 s) gelöscht.</translation>
    </message>
</context>
<context>
    <name>TwinText</name>
    <message>
        <source>≠ %1: %2 / %3</source>
        <translation>≠ %1: %2 / %3</translation>
    </message>
    <message>
        <source>≠ segments</source>
        <translation>≠ Segmente</translation>
    </message>
    <message>
        <source>The kernel&apos;s %1 is in %2, the simulator&apos;s in %3.</source>
        <translation>%1 ist im Kernel in %2, im Simulator in %3.</translation>
    </message>
    <message>
        <source>The kernel sent %1; the simulator did not.</source>
        <translation>Der Kernel hat %1 gesendet, der Simulator nicht.</translation>
    </message>
    <message>
        <source>The simulator sent %1; the kernel did not.</source>
        <translation>Der Simulator hat %1 gesendet, der Kernel nicht.</translation>
    </message>
    <message>
        <source>The kernel sent %1 where the simulator sent %2.</source>
        <translation>Der Kernel hat %1 gesendet, wo der Simulator %2 gesendet hat.</translation>
    </message>
    <message>
        <source>The simulator has no segment like %1: this wire action is not applied to it.</source>
        <translation>Der Simulator hat kein Segment wie %1: diese Aktion auf der Leitung wird bei ihm nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The simulator plays RFC 9293 here; its Linux profile follows the kernel.</source>
        <translation>Der Simulator spielt hier RFC 9293; sein Linux-Profil folgt dem Kernel.</translation>
    </message>
</context>
<context>
    <name>WebpEncoder</name>
    <message>
        <source>A WebP cannot be %1×%2 pixels.</source>
        <translation>Ein WebP kann nicht %1×%2 Pixel groß sein.</translation>
    </message>
    <message>
        <source>This libwebp does not match the one the program was built with.</source>
        <translation>Diese libwebp passt nicht zu der, mit der das Programm gebaut wurde.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1×%2 WebP.</source>
        <translation>Nicht genug Speicher für ein WebP mit %1×%2 Pixeln.</translation>
    </message>
    <message>
        <source>The WebP was not started.</source>
        <translation>Das WebP wurde nicht begonnen.</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>unknown state</source>
        <translation>unbekannter Zustand</translation>
    </message>
    <message>
        <source>SYN_SENT is reached only by an active open (--via active)</source>
        <translation>SYN_SENT wird nur durch aktives Öffnen erreicht (--via active)</translation>
    </message>
    <message>
        <source>LISTEN is reached only by a passive open (--via passive)</source>
        <translation>LISTEN wird nur durch passives Öffnen erreicht (--via passive)</translation>
    </message>
    <message>
        <source>no %1 from %2 reached the wire</source>
        <translation>kein %1 von %2 hat die Leitung erreicht</translation>
    </message>
    <message>
        <source>lost a held segment</source>
        <translation>ein angehaltenes Segment ist verloren gegangen</translation>
    </message>
    <message>
        <source>the server did not accept the connection</source>
        <translation>der Server hat die Verbindung nicht angenommen</translation>
    </message>
    <message>
        <source>cannot reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the kernel&apos;s socket is in %1, not %2</source>
        <translation>der Socket des Kernels ist in %1, nicht in %2</translation>
    </message>
    <message>
        <source>the simulator has no %1 from %2 in flight</source>
        <translation>im Simulator ist kein %1 von %2 unterwegs</translation>
    </message>
    <message>
        <source>the simulator is in %1, not %2</source>
        <translation>der Simulator ist in %1, nicht in %2</translation>
    </message>
    <message>
        <source>cannot set %1: %2</source>
        <translation>kann %1 nicht setzen: %2</translation>
    </message>
    <message>
        <source>--closed-by does not apply to %1: only FIN_WAIT_1, FIN_WAIT_2, CLOSING, TIME_WAIT and LAST_ACK are reached by closing</source>
        <translation>--closed-by gilt nicht für %1: Nur FIN_WAIT_1, FIN_WAIT_2, CLOSING, TIME_WAIT und LAST_ACK werden durch Schließen erreicht</translation>
    </message>
    <message>
        <source>--listener does not apply to %1 with --via active: the receiver&apos;s port is an ephemeral one</source>
        <translation>--listener gilt nicht für %1 mit --via active: Der Port des Empfängers ist ein kurzlebiger</translation>
    </message>
    <message>
        <source>--listener does not apply to %1: it is for the states after the handshake (ESTABLISHED to TIME_WAIT)</source>
        <translation>--listener gilt nicht für %1: Es ist für die Zustände nach dem Handshake (ESTABLISHED bis TIME_WAIT)</translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message>
        <source>A socket in STATE receives one crafted SEGMENT: what does it answer, and which state is it in then? Asked of the real Linux kernel (in the private network, without root), of the simulator, or of both. CLOSED means a port with no socket. SEGMENT: SYN, SYN+ACK, SYN+FIN, ACK, FIN, FIN+ACK, RST, RST+ACK.</source>
        <translation>Ein Socket in ZUSTAND empfängt ein gebautes SEGMENT: Was antwortet er, und in welchem Zustand ist er danach? Gefragt wird der echte Linux-Kernel (im privaten Netz, ohne root), der Simulator oder beide. CLOSED bedeutet einen Port ohne Socket. SEGMENT: SYN, SYN+ACK, SYN+FIN, ACK, FIN, FIN+ACK, RST, RST+ACK.</translation>
    </message>
    <message>
        <source>The receiver&apos;s state.</source>
        <translation>Der Zustand des Empfängers.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>The segment&apos;s flags.</source>
        <translation>Die Flags des Segments.</translation>
    </message>
    <message>
        <source>SEGMENT</source>
        <translation>SEGMENT</translation>
    </message>
    <message>
        <source>sim, linux or both (default both).</source>
        <translation>sim, linux oder both (Vorgabe both).</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>ENGINE</translation>
    </message>
    <message>
        <source>How the receiver got there: passive (it listened) or active (it connected); default passive, active for SYN_SENT.</source>
        <translation>Wie der Empfänger dorthin kam: passive (er hat gelauscht) oder active (er hat sich verbunden); Vorgabe passive, active für SYN_SENT.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>WIE</translation>
    </message>
    <message>
        <source>The segment&apos;s sequence number, relative to the receiver: rcv.nxt, rcv.nxt+1, rcv.nxt-1, rcv.nxt+wnd-1, rcv.nxt+wnd, snd.una, snd.nxt, irs, iss, NAME±N or a number (default rcv.nxt).</source>
        <translation>Die Sequenznummer des Segments, relativ zum Empfänger: rcv.nxt, rcv.nxt+1, rcv.nxt-1, rcv.nxt+wnd-1, rcv.nxt+wnd, snd.una, snd.nxt, irs, iss, NAME±N oder eine Zahl (Vorgabe rcv.nxt).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>The acknowledgement number, written the same way (default snd.nxt).</source>
        <translation>Die Bestätigungsnummer, genauso geschrieben (Vorgabe snd.nxt).</translation>
    </message>
    <message>
        <source>Bytes of data in the segment (0 to 1400, default 0).</source>
        <translation>Datenbytes im Segment (0 bis 1400, Vorgabe 0).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
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
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>whatif needs Linux for now: the simulator&apos;s answers are in &quot;tcpstatelab simulate&quot;.</source>
        <translation>whatif braucht vorerst Linux: die Antworten des Simulators zeigt „tcpstatelab simulate“.</translation>
    </message>
    <message>
        <source>whatif needs a STATE and a SEGMENT, e.g. &quot;whatif ESTABLISHED SYN&quot; (see --help).</source>
        <translation>whatif braucht einen ZUSTAND und ein SEGMENT, z. B. „whatif ESTABLISHED SYN“ (siehe --help).</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; valid states: %2</source>
        <translation>unbekannter Zustand „%1“; gültige Zustände: %2</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;; valid segments: %2 (SYN,ACK spelling too)</source>
        <translation>unbekanntes Segment „%1“; gültige Segmente: %2 (auch in der Schreibweise SYN,ACK)</translation>
    </message>
    <message>
        <source>unknown engine &quot;%1&quot;; valid engines: sim, linux, both.</source>
        <translation>unbekannte Engine „%1“; gültig: sim, linux, both.</translation>
    </message>
    <message>
        <source>unknown --via &quot;%1&quot;; use passive or active.</source>
        <translation>unbekanntes --via „%1“; bitte passive oder active verwenden.</translation>
    </message>
    <message>
        <source>invalid --len &quot;%1&quot;: use a whole number from 0 to 1400.</source>
        <translation>ungültiges --len „%1“: bitte eine ganze Zahl von 0 bis 1400 angeben.</translation>
    </message>
    <message>
        <source>unknown family &quot;%1&quot;; valid families: ipv4, ipv6.</source>
        <translation>unbekannte Adressfamilie „%1“; gültig: ipv4, ipv6.</translation>
    </message>
    <message>
        <source>the real kernel needs the private network, which is not available: %1
How to allow it: %2 (--engine sim asks the simulator only)</source>
        <translation>der echte Kernel braucht das private Netz, das nicht verfügbar ist: %1
So lässt es sich erlauben: %2 (--engine sim fragt nur den Simulator)</translation>
    </message>
    <message>
        <source>the kernel could not be put in %1: %2</source>
        <translation>der Kernel ließ sich nicht in %1 bringen: %2</translation>
    </message>
    <message>
        <source>the simulator could not be put in %1: %2</source>
        <translation>der Simulator ließ sich nicht in %1 bringen: %2</translation>
    </message>
    <message>
        <source>%1 receives %2 seq=%3 ack=%4 len=%5</source>
        <translation>%1 empfängt %2 seq=%3 ack=%4 len=%5</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>answers %1</source>
        <translation>antwortet %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>danach: %1</translation>
    </message>
    <message>
        <source>Linux:</source>
        <translation>Linux:</translation>
    </message>
    <message>
        <source>Simulator:</source>
        <translation>Simulator:</translation>
    </message>
    <message>
        <source>The kernel and the simulator agree.</source>
        <translation>Kernel und Simulator stimmen überein.</translation>
    </message>
    <message>
        <source>The kernel and the simulator differ.</source>
        <translation>Kernel und Simulator unterscheiden sich.</translation>
    </message>
    <message>
        <source>Which TCP the simulator plays: rfc9293 (the default) or linux (where the Linux kernel answers differently).</source>
        <translation>Welches TCP der Simulator spielt: rfc9293 (Voreinstellung) oder linux (wo der Linux-Kernel anders antwortet).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Simulator (%1):</source>
        <translation>Simulator (%1):</translation>
    </message>
    <message>
        <source>Instead of one STATE and SEGMENT, every state × every segment kind at one position (the explorer&apos;s grid); with --engine, --csv, --html or --json.</source>
        <translation>Statt eines ZUSTANDS und SEGMENTS jeder Zustand × jede Segmentart an einer Position (das Raster des Explorers); mit --engine, --csv, --html oder --json.</translation>
    </message>
    <message>
        <source>With --table: where the segment&apos;s sequence number falls: in-window (rcv.nxt+1, default), left-edge (rcv.nxt) or outside-window (rcv.nxt+wnd).</source>
        <translation>Mit --table: wohin die Sequenznummer des Segments fällt: in-window (rcv.nxt+1, Vorgabe), left-edge (rcv.nxt) oder outside-window (rcv.nxt+wnd).</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>With --table: print CSV, one line per cell.</source>
        <translation>Mit --table: CSV ausgeben, eine Zeile pro Zelle.</translation>
    </message>
    <message>
        <source>With --table: print a self-contained HTML page (a handout).</source>
        <translation>Mit --table: eine eigenständige HTML-Seite ausgeben (ein Handout).</translation>
    </message>
    <message>
        <source>--table asks every state and segment: leave out STATE and SEGMENT.</source>
        <translation>--table fragt jeden Zustand und jedes Segment: ZUSTAND und SEGMENT bitte weglassen.</translation>
    </message>
    <message>
        <source>--%1 is for one STATE and SEGMENT, not with --table (--position places the sequence number).</source>
        <translation>--%1 gilt für einen ZUSTAND und ein SEGMENT, nicht mit --table (--position legt die Sequenznummer fest).</translation>
    </message>
    <message>
        <source>choose one of --csv, --html and --json.</source>
        <translation>bitte nur eines von --csv, --html und --json wählen.</translation>
    </message>
    <message>
        <source>--%1 needs --table.</source>
        <translation>--%1 braucht --table.</translation>
    </message>
    <message>
        <source>unknown --closed-by &quot;%1&quot;; use close or shutdown.</source>
        <translation>unbekanntes --closed-by &quot;%1&quot;; verwenden Sie close oder shutdown.</translation>
    </message>
    <message>
        <source>unknown --listener &quot;%1&quot;; use yes or no.</source>
        <translation>unbekanntes --listener &quot;%1&quot;; verwenden Sie yes oder no.</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; valid settings: %2 (as NAME=VALUE).</source>
        <translation>unbekannte Einstellung &quot;%1&quot;; gültige Einstellungen: %2 (als NAME=WERT).</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2: use a whole number from %3 to %4.</source>
        <translation>ungültiger Wert &quot;%1&quot; für %2: verwenden Sie eine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>How the receiver&apos;s application left ESTABLISHED (FIN_WAIT_1, FIN_WAIT_2, CLOSING, TIME_WAIT, LAST_ACK): shutdown (a half-close, the default) or close (the socket is orphaned).</source>
        <translation>Wie die Anwendung des Empfängers ESTABLISHED verlassen hat (FIN_WAIT_1, FIN_WAIT_2, CLOSING, TIME_WAIT, LAST_ACK): shutdown (ein Halbschluss, Standard) oder close (der Socket ist verwaist).</translation>
    </message>
    <message>
        <source>Whether a listening socket shares the receiver&apos;s port (ESTABLISHED to TIME_WAIT, passive): yes or no (default no).</source>
        <translation>Ob ein lauschender Socket den Port des Empfängers teilt (ESTABLISHED bis TIME_WAIT, passiv): yes oder no (Standard no).</translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation>YES|NO</translation>
    </message>
    <message>
        <source>A kernel setting of both hosts, repeatable, as in &quot;net run --set&quot;: tcp_rfc1337, tcp_syncookies, tcp_timestamps, ...</source>
        <translation>Eine Kernel-Einstellung beider Hosts, wiederholbar, wie bei &quot;net run --set&quot;: tcp_rfc1337, tcp_syncookies, tcp_timestamps, ...</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>  The simulator does not model %1: it answers as with the kernel&apos;s default.</source>
        <translation>  Der Simulator bildet %1 nicht nach: Er antwortet wie mit der Standardeinstellung des Kernels.</translation>
    </message>
</context>
<context>
    <name>WhatIfTable</name>
    <message>
        <source>unknown position &quot;%1&quot;; valid positions: %2 (or the expression: rcv.nxt+1, rcv.nxt, rcv.nxt+wnd)</source>
        <translation>unbekannte Position „%1“; gültige Positionen: %2 (oder der Ausdruck: rcv.nxt+1, rcv.nxt, rcv.nxt+wnd)</translation>
    </message>
    <message>
        <source>unknown engine &quot;%1&quot;; valid engines: sim, linux, both.</source>
        <translation>unbekannte Engine „%1“; gültig: sim, linux, both.</translation>
    </message>
    <message>
        <source>the real kernel needs the private network, which is not available: %1
How to allow it: %2 (--engine sim asks the simulator only)</source>
        <translation>der echte Kernel braucht das private Netz, das nicht verfügbar ist: %1
So lässt es sich erlauben: %2 (--engine sim fragt nur den Simulator)</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>segment %1 is not held on the wire</source>
        <translation>Segment %1 wird nicht auf der Leitung angehalten</translation>
    </message>
    <message>
        <source>the wire could not send the frame: %1</source>
        <translation>die Leitung konnte den Frame nicht senden: %1</translation>
    </message>
    <message>
        <source>addressed to a spoofed source: it never leaves the wire</source>
        <translation>an eine gefälschte Quelle adressiert: es verlässt die Leitung nie</translation>
    </message>
    <message>
        <source>a segment to a spoofed address never leaves the wire</source>
        <translation>ein Segment an eine gefälschte Adresse verlässt die Leitung nie</translation>
    </message>
    <message>
        <source>a crafted segment comes from a host of the private network or a spoofed address (198.51.100.0/24, 2001:db8:ff::/64)</source>
        <translation>ein gebautes Segment kommt von einem Host des privaten Netzes oder von einer gefälschten Adresse (198.51.100.0/24, 2001:db8:ff::/64)</translation>
    </message>
    <message>
        <source>the crafted segment is not addressed to host %1</source>
        <translation>das gebaute Segment ist nicht an Host %1 adressiert</translation>
    </message>
</context>
<context>
    <name>WireLab</name>
    <message>
        <source>SYN cookies: 0 never, 1 when the SYN queue overflows, 2 always.</source>
        <translation>SYN-Cookies: 0 nie, 1 wenn die SYN-Warteschlange überläuft, 2 immer.</translation>
    </message>
    <message>
        <source>How many half-open connections a listener keeps at most.</source>
        <translation>Wie viele halboffene Verbindungen ein lauschender Socket höchstens hält.</translation>
    </message>
    <message>
        <source>How often a SYN_RECEIVED socket resends its SYN,ACK before it gives up.</source>
        <translation>Wie oft ein Socket in SYN_RECEIVED sein SYN,ACK wiederholt, bevor er aufgibt.</translation>
    </message>
    <message>
        <source>How often connect() resends its SYN before it fails.</source>
        <translation>Wie oft connect() sein SYN wiederholt, bevor es scheitert.</translation>
    </message>
    <message>
        <source>Seconds an orphaned socket waits in FIN_WAIT_2 for the peer&apos;s FIN.</source>
        <translation>Sekunden, die ein verwaister Socket in FIN_WAIT_2 auf das FIN der Gegenseite wartet.</translation>
    </message>
    <message>
        <source>How often data (or a FIN) is retransmitted before the connection is dropped.</source>
        <translation>Wie oft Daten (oder ein FIN) wiederholt werden, bevor die Verbindung aufgegeben wird.</translation>
    </message>
    <message>
        <source>The timestamps option (RFC 7323): 0 off, 1 on, 2 without random offsets.</source>
        <translation>Die Zeitstempel-Option (RFC 7323): 0 aus, 1 an, 2 ohne zufällige Versätze.</translation>
    </message>
    <message>
        <source>Selective acknowledgements (SACK): 0 off, 1 on.</source>
        <translation>Selektive Bestätigungen (SACK): 0 aus, 1 an.</translation>
    </message>
    <message>
        <source>Window scaling (RFC 7323): 0 off, 1 on.</source>
        <translation>Fensterskalierung (RFC 7323): 0 aus, 1 an.</translation>
    </message>
    <message>
        <source>1: a RST received in TIME_WAIT does not end it early (RFC 1337).</source>
        <translation>1: ein in TIME_WAIT empfangenes RST beendet es nicht vorzeitig (RFC 1337).</translation>
    </message>
    <message>
        <source>1: a full accept queue answers with RST instead of ignoring the ACK.</source>
        <translation>1: eine volle Accept-Warteschlange antwortet mit RST, statt das ACK zu ignorieren.</translation>
    </message>
    <message>
        <source>The shortest retransmission timeout of both hosts&apos; routes, in ms: time to step by hand. SYN and SYN,ACK keep Linux&apos;s own 1 s timer (linear for the first retries).</source>
        <translation>Die kürzeste Wiederholungszeit (RTO) der Routen beider Hosts, in ms: Zeit zum Schritt-für-Schritt-Arbeiten. SYN und SYN,ACK behalten Linux&apos; eigenen 1-s-Timer (bei den ersten Wiederholungen linear).</translation>
    </message>
</context>
<context>
    <name>WireLadder</name>
    <message>
        <source>RTO %1 s</source>
        <translation>RTO %1 s</translation>
    </message>
</context>
<context>
    <name>WireScript</name>
    <message>
        <source>Wire session</source>
        <translation>Wire-Sitzung</translation>
    </message>
    <message>
        <source>Two real TCP stacks in a private network, every segment held on the wire.</source>
        <translation>Zwei echte TCP-Stacks in einem privaten Netz, jedes Segment auf der Leitung angehalten.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
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
    <message>
        <source>Open in presentation mode: full screen, large labels, high contrast (Esc leaves it).</source>
        <translation>Im Präsentationsmodus öffnen: Vollbild, große Beschriftungen, hoher Kontrast (Esc beendet ihn).</translation>
    </message>
</context>
<context>
    <name>tsl::AnimationExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export Animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>GIF, for slides</source>
        <translation>GIF, für Folien</translation>
    </message>
    <message>
        <source>Animated WebP</source>
        <translation>Animiertes WebP</translation>
    </message>
    <message>
        <source>HTML page with a step control, for a course site</source>
        <translation>HTML-Seite mit Schrittsteuerung, für eine Kursseite</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Print (black on white)</source>
        <translation>Druck (schwarz auf weiß)</translation>
    </message>
    <message>
        <source> frames per second</source>
        <translation> Bilder pro Sekunde</translation>
    </message>
    <message>
        <source> s per step</source>
        <translation> s pro Schritt</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Zeigt:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Glide:</source>
        <translation>G&amp;leiten:</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>S&amp;chritt:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF-Animation (*.gif)</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>Animiertes WebP (*.webp)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: unknown file type; use .gif, .webp or .html.</source>
        <translation>Export nach „%1“ nicht möglich: unbekannter Dateityp; verwenden Sie .gif, .webp oder .html.</translation>
    </message>
</context>
<context>
    <name>tsl::CraftSegmentDialog</name>
    <message>
        <source>Craft a segment</source>
        <translation>Segment bauen</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <source>&amp;Sequence number:</source>
        <translation>&amp;Sequenznummer:</translation>
    </message>
    <message>
        <source>&amp;Acknowledgement:</source>
        <translation>&amp;Bestätigung:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>&amp;Einschleusen</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 is %2: RCV.NXT = %3, RCV.WND = %4, SND.UNA = %5, SND.NXT = %6.</source>
        <translation>%1 ist in %2: RCV.NXT = %3, RCV.WND = %4, SND.UNA = %5, SND.NXT = %6.</translation>
    </message>
    <message>
        <source>From spoofed sources (198.51.100.0/24): a flood</source>
        <translation>Von gefälschten Absendern (198.51.100.0/24): eine Flut</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Wie viele:</translation>
    </message>
    <message>
        <source>Seq and ack relative to %1 as the wire has seen it: rcv.nxt, snd.una, snd.nxt, irs, iss, rcv.nxt+wnd; ± a number; or a plain number.</source>
        <translation>Seq und Ack relativ zu %1, wie die Leitung es gesehen hat: rcv.nxt, snd.una, snd.nxt, irs, iss, rcv.nxt+wnd; ± eine Zahl; oder eine reine Zahl.</translation>
    </message>
    <message>
        <source>spoofed sources</source>
        <translation>gefälschte Absender</translation>
    </message>
    <message>
        <source>%1→%2 %3 seq=%4%5 len=%6</source>
        <translation>%1→%2 %3 seq=%4%5 len=%6</translation>
    </message>
    <message>
        <source>(no flags)</source>
        <translation>(keine Flags)</translation>
    </message>
</context>
<context>
    <name>tsl::DiagramExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Include the %n token(s) now on the diagram</source>
        <translation>
            <numerusform>Die %n Marke im Diagramm einschließen</numerusform>
            <numerusform>Die %n Marken im Diagramm einschließen</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the tokens on the diagram (there are none now)</source>
        <translation>Die Marken im Diagramm einschließen (derzeit gibt es keine)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>A landscape page with the diagram filling it.</source>
        <translation>Eine Seite im Querformat, die das Diagramm ausfüllt.</translation>
    </message>
    <message>
        <source>The picture is as wide as this paper&apos;s printable area.</source>
        <translation>Das Bild ist so breit wie der bedruckbare Bereich dieses Papiers.</translation>
    </message>
    <message>
        <source>A PNG has no paper size: 2400 pixels wide.</source>
        <translation>Ein PNG hat kein Papierformat: 2400 Pixel breit.</translation>
    </message>
    <message>
        <source>Name the file .pdf, .svg or .png.</source>
        <translation>Benennen Sie die Datei mit .pdf, .svg oder .png.</translation>
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
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Black on &amp;white, for printing</source>
        <translation>Schwarz auf &amp;Weiß, zum Drucken</translation>
    </message>
</context>
<context>
    <name>tsl::DiagramTableDialog</name>
    <message>
        <source>Diagram as a Table</source>
        <translation>Diagramm als Tabelle</translation>
    </message>
    <message>
        <source>Every state of the diagram, with the connections on it now (the panel in front is followed).</source>
        <translation>Jeder Zustand des Diagramms mit den Verbindungen, die gerade in ihm sind (es folgt dem vorderen Bereich).</translation>
    </message>
    <message>
        <source>TCP states</source>
        <translation>TCP-Zustände</translation>
    </message>
</context>
<context>
    <name>tsl::DiagramTableModel</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>tsl::ExerciseDialog</name>
    <message>
        <source>Save Exercise</source>
        <translation>Übung speichern</translation>
    </message>
    <message>
        <source>Shown to the students first (optional)</source>
        <translation>Wird den Lernenden zuerst gezeigt (optional)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Fragt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Hint (optional)</source>
        <translation>Hinweis (optional)</translation>
    </message>
    <message>
        <source>Ask before this step</source>
        <translation>Vor diesem Schritt fragen</translation>
    </message>
    <message>
        <source>State and segment</source>
        <translation>Zustand und Segment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Whom the question asks about; Auto: the side the step changes or acts on</source>
        <translation>Wen die Frage betrifft; Automatisch: die Seite, die der Schritt ändert oder auf die er wirkt</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Tick the steps that are questions: the students predict the state and the segment before each.</source>
        <translation>Haken Sie die Schritte an, die Fragen sind: die Lernenden sagen vor jedem den Zustand und das Segment vorher.</translation>
    </message>
</context>
<context>
    <name>tsl::ExplorerDialog</name>
    <message>
        <source>HTML page for a handout (*.html)</source>
        <translation>HTML-Seite für ein Handout (*.html)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export the Explorer&apos;s Table</source>
        <translation>Tabelle des Explorers exportieren</translation>
    </message>
    <message>
        <source>Linux&apos;s answers are missing: the private network is not available here (%1).</source>
        <translation>Die Antworten von Linux fehlen: Das private Netz ist hier nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>RFC 9293&apos;s answers only: Linux was not asked.</source>
        <translation>Nur die Antworten nach RFC 9293: Linux wurde nicht gefragt.</translation>
    </message>
    <message>
        <source>Linux was asked for %1 of the %2 cells.</source>
        <translation>Linux wurde für %1 der %2 Zellen gefragt.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Tabelle geschrieben nach %1</translation>
    </message>
    <message>
        <source>Ask Linux &amp;Again</source>
        <translation>Linux &amp;erneut fragen</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Füllen</translation>
    </message>
    <message>
        <source>Ask the real Linux kernel, in a private network, what each cell of this position lacks (a few seconds a row)</source>
        <translation>Den echten Linux-Kernel in einem privaten Netz nach allem fragen, was den Zellen dieser Position fehlt (einige Sekunden pro Zeile)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>Asking Linux: %1 (%2 of %3) %4</source>
        <translation>Linux wird gefragt: %1 (%2 von %3) %4</translation>
    </message>
    <message>
        <source>Asking Linux for %1: %2 of %3</source>
        <translation>Linux wird für %1 gefragt: %2 von %3</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>%1 of %2 cells compared differ (marked ≠).</source>
        <translation>%1 von %2 verglichenen Zellen weichen ab (mit ≠ markiert).</translation>
    </message>
    <message>
        <source>Fill asks Linux for the rest.</source>
        <translation>„Füllen“ fragt Linux nach dem Rest.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Linux&apos;s answers stay empty:&lt;/b&gt; the private network is not available here: %1.&lt;br&gt;&lt;b&gt;How to allow it:&lt;/b&gt; %2&lt;br&gt;RFC 9293&apos;s answers (the simulator) are all shown.</source>
        <translation>&lt;b&gt;Die Antworten von Linux bleiben leer:&lt;/b&gt; Das private Netz ist hier nicht verfügbar: %1.&lt;br&gt;&lt;b&gt;So lässt es sich erlauben:&lt;/b&gt; %2&lt;br&gt;Die Antworten nach RFC 9293 (der Simulator) werden alle gezeigt.</translation>
    </message>
    <message>
        <source>Click a cell to see its exchange.</source>
        <translation>Klicken Sie auf eine Zelle, um ihren Austausch zu sehen.</translation>
    </message>
    <message>
        <source>They differ.</source>
        <translation>Sie weichen ab.</translation>
    </message>
    <message>
        <source>They agree.</source>
        <translation>Sie stimmen überein.</translation>
    </message>
    <message>
        <source>RFC 9293 (simulator):</source>
        <translation>RFC 9293 (Simulator):</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht befragt</translation>
    </message>
    <message>
        <source>Linux (real kernel):</source>
        <translation>Linux (echter Kernel):</translation>
    </message>
    <message>
        <source>The ladder: the simulator&apos;s steps that bring %1 into %2, then the crafted segment (dash-dotted) and the answer.</source>
        <translation>Das Leiterdiagramm: die Schritte des Simulators, die %1 nach %2 bringen, dann das gebaute Segment (strichpunktiert) und die Antwort.</translation>
    </message>
    <message>
        <source>State × Segment Explorer — TCP State Lab</source>
        <translation>Zustand-×-Segment-Explorer — TCP State Lab</translation>
    </message>
    <message>
        <source>&amp;Sequence number:</source>
        <translation>&amp;Sequenznummer:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop asking the kernel after the cell under way; what is in stays</source>
        <translation>Nach der laufenden Zelle aufhören, den Kernel zu fragen; was schon da ist, bleibt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the table shown as an HTML page for a handout or as a CSV table</source>
        <translation>Die gezeigte Tabelle als HTML-Seite für ein Handout oder als CSV-Tabelle schreiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>RFC 9293&apos;s answers are in. Fill asks the real Linux kernel (a few seconds).</source>
        <translation>Die Antworten nach RFC 9293 sind da. „Füllen“ fragt den echten Linux-Kernel (einige Sekunden).</translation>
    </message>
    <message>
        <source>Linux:</source>
        <translation>Linux:</translation>
    </message>
    <message>
        <source>Conditions: %1.</source>
        <translation>Bedingungen: %1.</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>&amp;Erreicht:</translation>
    </message>
    <message>
        <source>passively (listened)</source>
        <translation>passiv (gelauscht)</translation>
    </message>
    <message>
        <source>actively (connected)</source>
        <translation>aktiv (verbunden)</translation>
    </message>
    <message>
        <source>How the receiver got to its state (whatif --via); LISTEN is always passive, SYN_SENT active</source>
        <translation>Wie der Empfänger in seinen Zustand kam (whatif --via); LISTEN ist immer passiv, SYN_SENT aktiv</translation>
    </message>
    <message>
        <source>Cl&amp;osed by:</source>
        <translation>Geschl&amp;ossen mit:</translation>
    </message>
    <message>
        <source>How the receiver&apos;s application left ESTABLISHED (whatif --closed-by): after close() Linux keeps FIN_WAIT_2 as an orphan</source>
        <translation>Wie die Anwendung des Empfängers ESTABLISHED verließ (whatif --closed-by): Nach close() führt Linux FIN_WAIT_2 als verwaisten Socket</translation>
    </message>
    <message>
        <source>Listener on the &amp;port:</source>
        <translation>Listener auf dem &amp;Port:</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Whether a listening socket shares the receiver&apos;s port (whatif --listener): TIME_WAIT hands a new SYN to it</source>
        <translation>Ob ein lauschender Socket den Port des Empfängers teilt (whatif --listener): TIME_WAIT übergibt ihm ein neues SYN</translation>
    </message>
    <message>
        <source>net.ipv4.tcp_rfc1337 = 1 (whatif --set): TIME_WAIT ignores a RST</source>
        <translation>net.ipv4.tcp_rfc1337 = 1 (whatif --set): TIME_WAIT ignoriert ein RST</translation>
    </message>
    <message>
        <source>Each cell: the answer (– none), and → the state the socket moves to. ≠ marks a difference: RFC 9293 above, Linux below. = both agree. A corner mark: the answer depends on a condition (the cell&apos;s explanation gives the other answer).</source>
        <translation>Jede Zelle: die Antwort (– keine) und → der Zustand, in den der Socket wechselt. ≠ markiert einen Unterschied: RFC 9293 oben, Linux unten. = beide stimmen überein. Eine Eckmarke: Die Antwort hängt von einer Bedingung ab (die Erklärung der Zelle nennt die andere Antwort).</translation>
    </message>
</context>
<context>
    <name>tsl::ExplorerModel</name>
    <message>
        <source>not available here: %1</source>
        <translation>hier nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>not asked yet (Fill asks the real kernel)</source>
        <translation>noch nicht befragt („Füllen“ befragt den echten Kernel)</translation>
    </message>
    <message>
        <source>A crafted segment with the flags %1, sent to a socket in the row&apos;s state</source>
        <translation>Ein gebautes Segment mit den Flags %1, gesandt an einen Socket im Zustand der Zeile</translation>
    </message>
    <message>
        <source>A port with no socket.</source>
        <translation>Ein Port ohne Socket.</translation>
    </message>
</context>
<context>
    <name>tsl::FirstRunHint</name>
    <message>
        <source>&lt;b&gt;New here?&lt;/b&gt; Press &lt;b&gt;Ctrl+3&lt;/b&gt; for the simulator and &lt;b&gt;→&lt;/b&gt; to step through a handshake; &lt;b&gt;Ctrl+1&lt;/b&gt; makes real sockets in the Live Lab. &lt;b&gt;F11&lt;/b&gt;: presentation mode. &lt;b&gt;F1&lt;/b&gt;: the user guide.</source>
        <translation>&lt;b&gt;Neu hier?&lt;/b&gt; Drücken Sie &lt;b&gt;Strg+3&lt;/b&gt; für den Simulator und &lt;b&gt;→&lt;/b&gt;, um Schritt für Schritt durch einen Handshake zu gehen; &lt;b&gt;Strg+1&lt;/b&gt; erzeugt echte Sockets im Live-Labor. &lt;b&gt;F11&lt;/b&gt;: Präsentationsmodus. &lt;b&gt;F1&lt;/b&gt;: das Benutzerhandbuch.</translation>
    </message>
    <message>
        <source>Open the &amp;Guide</source>
        <translation>&amp;Handbuch öffnen</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide this hint for good</source>
        <translation>Diesen Hinweis dauerhaft ausblenden</translation>
    </message>
</context>
<context>
    <name>tsl::LabHandDrive</name>
    <message>
        <source>By hand: one operation at a time</source>
        <translation>Von Hand: eine Operation nach der anderen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>A new listener on the address and server port above.</source>
        <translation>Ein neuer lauschender Socket auf der Adresse und dem Server-Port oben.</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>deferred accept</source>
        <translation>verzögertes accept</translation>
    </message>
    <message>
        <source>TCP_DEFER_ACCEPT: the handshake&apos;s bare ACK is ignored; the connection waits for data.</source>
        <translation>TCP_DEFER_ACCEPT: das bloße ACK des Handshakes wird ignoriert; die Verbindung wartet auf Daten.</translation>
    </message>
    <message>
        <source>Connect a client</source>
        <translation>Client verbinden</translation>
    </message>
    <message>
        <source>A new client connects to the selected listener (or the newest one).</source>
        <translation>Ein neuer Client verbindet sich mit dem gewählten lauschenden Socket (oder dem neuesten).</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Nicht mehr lesen</translation>
    </message>
    <message>
        <source>A small receive buffer nobody reads: the window closes and the peer&apos;s data waits.</source>
        <translation>Ein kleiner Empfangspuffer, den niemand liest: das Fenster schließt sich und die Daten der Gegenstelle warten.</translation>
    </message>
    <message>
        <source>Shut down writing</source>
        <translation>Schreiben beenden</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): sends FIN (a half-close); the socket can still read.</source>
        <translation>shutdown(SHUT_WR): sendet FIN (ein Half-Close); der Socket kann weiter lesen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation>Abbrechen (RST)</translation>
    </message>
    <message>
        <source>SO_LINGER 0, then close: the kernel sends RST and forgets the connection.</source>
        <translation>SO_LINGER 0, dann close: der Kernel sendet RST und vergisst die Verbindung.</translation>
    </message>
    <message>
        <source>Buffers (receive, send):</source>
        <translation>Puffer (Empfang, Senden):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not listen: %1</source>
        <translation>Lauschen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbinden nicht möglich: %1</translation>
    </message>
    <message>
        <source>The lab holds no socket for it (not accepted yet, closed or aborted): the kernel&apos;s view is followed, nothing can be done to it.</source>
        <translation>Das Labor hat keinen Socket dafür (noch nicht angenommen, geschlossen oder abgebrochen): die Sicht des Kernels wird verfolgt, ausführen lässt sich nichts.</translation>
    </message>
</context>
<context>
    <name>tsl::LiveLabPanel</name>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>Abfrage alle:</translation>
    </message>
    <message>
        <source>Reach and hold</source>
        <translation>Erreichen und halten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Real sockets on loopback (127.0.0.1 and ::1 only), their states read from the kernel.</source>
        <translation>Echte Sockets auf Loopback (nur 127.0.0.1 und ::1), ihre Zustände aus dem Kernel gelesen.</translation>
    </message>
    <message>
        <source>The lab cannot follow the kernel: %1</source>
        <translation>Das Labor kann dem Kernel nicht folgen: %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Quelle: %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 wurde nicht erreicht: %2</translation>
    </message>
    <message>
        <source>%1 reached and held.</source>
        <translation>%1 erreicht und gehalten.</translation>
    </message>
    <message>
        <source>Released.</source>
        <translation>Freigegeben.</translation>
    </message>
    <message>
        <source>Scenario %1 failed: %2</source>
        <translation>Szenario %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Server port:</source>
        <translation>Server-Port:</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1: lab sockets bind loopback only.</source>
        <translation>127.0.0.1 oder ::1: Labor-Sockets binden nur an Loopback.</translation>
    </message>
    <message>
        <source>The port of the recipe&apos;s or scenario&apos;s listener.</source>
        <translation>Der Port des lauschenden Sockets im Rezept oder Szenario.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Empties the log and takes the lab&apos;s tokens off the diagram (Ctrl+L). The lab goes on.</source>
        <translation>Leert das Protokoll und nimmt die Marken des Labors vom Diagramm (Strg+L). Das Labor läuft weiter.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Saves the log as CSV or JSON lines, with the fields of “lab run --json”.</source>
        <translation>Speichert das Protokoll als CSV oder JSON-Zeilen, mit den Feldern von „lab run --json“.</translation>
    </message>
    <message>
        <source>Log: ms since the run started, then the clock. The newest %1 lines are kept.</source>
        <translation>Protokoll: ms seit dem Start des Laufs, dann die Uhrzeit. Die neuesten %1 Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON-Zeilen (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>SYN flood: half-open (SYN_RECEIVED) %1 · dropped SYNs (clients left in SYN_SENT) %2 · established %3 of %4 · SYN cookies: %5</source>
        <translation>SYN-Flut: halboffen (SYN_RECEIVED) %1 · verworfene SYNs (Clients in SYN_SENT geblieben) %2 · aufgebaut %3 von %4 · SYN-Cookies: %5</translation>
    </message>
    <message>
        <source>Reach and hold %1</source>
        <translation>%1 erreichen und halten</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops waiting for the job: the lab lets its sockets go, the window is free at once.</source>
        <translation>Wartet nicht länger auf die Aufgabe: Das Labor gibt seine Sockets frei, das Fenster ist sofort wieder bedienbar.</translation>
    </message>
    <message>
        <source>Cancelled: %1. The lab lets its sockets go.</source>
        <translation>Abgebrochen: %1. Das Labor gibt seine Sockets frei.</translation>
    </message>
    <message>
        <source>Reaching %1 …</source>
        <translation>%1 wird erreicht …</translation>
    </message>
    <message>
        <source>Running %1 …</source>
        <translation>%1 läuft …</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
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
    <message>
        <source>Export &amp;Ladder Diagram…</source>
        <translation>&amp;Leiterdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Export Ladder Diagram</source>
        <translation>Leiterdiagramm exportieren</translation>
    </message>
    <message>
        <source>Ladder diagram written to %1</source>
        <translation>Leiterdiagramm nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Live Lab</source>
        <translation>Live-Labor</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Diagram</source>
        <translation>Ganzes Diagramm &amp;einpassen</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Live Lab Panel</source>
        <translation>&amp;Live-Labor</translation>
    </message>
    <message>
        <source>&amp;Watch Panel</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>&amp;Simulator Panel</source>
        <translation>&amp;Simulator</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Labor</translation>
    </message>
    <message>
        <source>&amp;Reach and Hold the Chosen State</source>
        <translation>Gewählten Zustand &amp;erreichen und halten</translation>
    </message>
    <message>
        <source>R&amp;un the Chosen Scenario</source>
        <translation>Gewähltes Szenario &amp;abspielen</translation>
    </message>
    <message>
        <source>Re&amp;lease the Held Sockets</source>
        <translation>Gehaltene Sockets &amp;freigeben</translation>
    </message>
    <message>
        <source>Start or Stop &amp;Watching</source>
        <translation>Beobachten &amp;starten oder stoppen</translation>
    </message>
    <message>
        <source>&amp;Simulator</source>
        <translation>&amp;Simulator</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>&amp;Play or Pause</source>
        <translation>&amp;Abspielen oder anhalten</translation>
    </message>
    <message>
        <source>&amp;Reset to the Start</source>
        <translation>Auf den &amp;Anfang zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Presentation mode: Esc leaves. Ctrl+1, Ctrl+2, Ctrl+3 show or hide a panel; → steps the simulator.</source>
        <translation>Präsentationsmodus: Esc beendet ihn. Strg+1, Strg+2, Strg+3 zeigen oder verbergen einen Bereich; → geht im Simulator einen Schritt weiter.</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>W&amp;ire Panel</source>
        <translation>&amp;Leitungs-Panel</translation>
    </message>
    <message>
        <source>Presentation mode: Esc leaves. Ctrl+1 … Ctrl+4 show or hide a panel; → steps the simulator.</source>
        <translation>Präsentationsmodus: Esc beendet ihn. Strg+1 … Strg+4 zeigen oder verbergen ein Panel; → schaltet den Simulator weiter.</translation>
    </message>
    <message>
        <source>State × Segment &amp;Explorer…</source>
        <translation>&amp;Zustand-×-Segment-Explorer…</translation>
    </message>
    <message>
        <source>Diagram as a &amp;Table…</source>
        <translation>Diagramm als &amp;Tabelle …</translation>
    </message>
    <message>
        <source>Space steps the simulator when its panel is in front; on an edge, it follows the edge.</source>
        <translation>Die Leertaste führt den Simulator weiter, wenn sein Bereich vorne ist; auf einer Kante folgt sie der Kante.</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>&amp;Animation exportieren…</translation>
    </message>
    <message>
        <source>&amp;Open Exercise…</source>
        <translation>Übung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save E&amp;xercise…</source>
        <translation>Ü&amp;bung speichern…</translation>
    </message>
    <message>
        <source>Export Exercise &amp;Results…</source>
        <translation>Übungs&amp;ergebnisse exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>The Wire panel&apos;s session: %1, %n step(s)</source>
        <translation>
            <numerusform>Die Sitzung des Wire-Panels: %1, %n Schritt(e)</numerusform>
            <numerusform>Die Sitzung des Wire-Panels: %1, %n Schritt(e)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The simulator: %1, %n step(s)</source>
        <translation>
            <numerusform>Der Simulator: %1, %n Schritt(e)</numerusform>
            <numerusform>Der Simulator: %1, %n Schritt(e)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>The Wire panel&apos;s session has no steps yet: run a scenario or make a call first.</source>
        <translation>Die Sitzung des Wire-Panels hat noch keine Schritte: Führen Sie zuerst ein Szenario aus oder machen Sie einen Aufruf.</translation>
    </message>
    <message>
        <source>The simulator has no steps yet: load a scenario or take a step first.</source>
        <translation>Der Simulator hat noch keine Schritte: Laden Sie zuerst ein Szenario oder gehen Sie einen Schritt.</translation>
    </message>
    <message>
        <source>Animation written to %1</source>
        <translation>Animation nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a wire exercise needs the Wire panel, which this build does not have.</source>
        <translation>%1: eine Wire-Übung braucht das Wire-Panel, das dieser Build nicht hat.</translation>
    </message>
    <message>
        <source>Exercise opened: press Forward (→) for the first question.</source>
        <translation>Übung geöffnet: Vorwärts (→) drücken für die erste Frage.</translation>
    </message>
    <message>
        <source>Exercise “%1” opened: press Forward (→) for the first question.</source>
        <translation>Übung „%1“ geöffnet: Vorwärts (→) drücken für die erste Frage.</translation>
    </message>
    <message>
        <source>Open Exercise</source>
        <translation>Übung öffnen</translation>
    </message>
    <message>
        <source>Exercises (*.json);;All files (*)</source>
        <translation>Übungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Exercise</source>
        <translation>Übung speichern</translation>
    </message>
    <message>
        <source>Choose a scenario in the Wire panel first.</source>
        <translation>Wählen Sie zuerst ein Szenario im Wire-Panel.</translation>
    </message>
    <message>
        <source>Exercises (*.json)</source>
        <translation>Übungen (*.json)</translation>
    </message>
    <message>
        <source>Exercise written to %1</source>
        <translation>Übung nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Export Exercise Results</source>
        <translation>Übungsergebnisse exportieren</translation>
    </message>
    <message>
        <source>No answers yet: switch Predict on in the Simulator or the Wire panel and answer a question first.</source>
        <translation>Noch keine Antworten: schalten Sie im Simulator- oder Wire-Panel Vorhersagen ein und beantworten Sie zuerst eine Frage.</translation>
    </message>
</context>
<context>
    <name>tsl::PredictBox</name>
    <message>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Answer %1 (key %2)</source>
        <translation>Antwort %1 (Taste %2)</translation>
    </message>
    <message>
        <source>Export Exercise Results</source>
        <translation>Übungsergebnisse exportieren</translation>
    </message>
    <message>
        <source>results.csv</source>
        <translation>ergebnisse.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Before each step, predict the state a side will be in and the segment it will send</source>
        <translation>Vor jedem Schritt vorhersagen, in welchem Zustand eine Seite sein und welches Segment sie senden wird</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Ergebnisse…</translation>
    </message>
    <message>
        <source>Export the results, one row per question, as CSV</source>
        <translation>Die Ergebnisse als CSV exportieren, eine Zeile pro Frage</translation>
    </message>
</context>
<context>
    <name>tsl::SimulatorPanel</name>
    <message>
        <source>⏮ Reset</source>
        <translation>⏮ Zurücksetzen</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
    <message>
        <source>⏵ Play</source>
        <translation>⏵ Abspielen</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Step %1 of %2   ·   t = %3 ms   ·   A: %4   ·   B: %5</source>
        <translation>Schritt %1 von %2   ·   t = %3 ms   ·   A: %4   ·   B: %5</translation>
    </message>
    <message>
        <source>Press Forward to take the first step.</source>
        <translation>Mit „Weiter“ den ersten Schritt gehen.</translation>
    </message>
    <message>
        <source>Take over (replaces the steps after this one):</source>
        <translation>Selbst steuern (ersetzt die folgenden Schritte):</translation>
    </message>
    <message>
        <source>Deliver next</source>
        <translation>Nächstes zustellen</translation>
    </message>
    <message>
        <source>Deliver newest first</source>
        <translation>Neuestes zuerst zustellen</translation>
    </message>
    <message>
        <source>Drop next</source>
        <translation>Nächstes verwerfen</translation>
    </message>
    <message>
        <source>Duplicate next</source>
        <translation>Nächstes verdoppeln</translation>
    </message>
    <message>
        <source>Next timer</source>
        <translation>Nächster Timer</translation>
    </message>
    <message>
        <source>%1: application…</source>
        <translation>%1: Anwendung…</translation>
    </message>
    <message>
        <source>Listen (passive open)</source>
        <translation>Lauschen (passives Öffnen)</translation>
    </message>
    <message>
        <source>Connect (active open)</source>
        <translation>Verbinden (aktives Öffnen)</translation>
    </message>
    <message>
        <source>Send 100 bytes</source>
        <translation>100 Bytes senden</translation>
    </message>
    <message>
        <source>Shut down writing</source>
        <translation>Schreiben beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation>Abbrechen (RST)</translation>
    </message>
    <message>
        <source>Craft a segment…</source>
        <translation>Segment bauen…</translation>
    </message>
    <message>
        <source>What if this segment arrived? Choose flags, seq and ack relative to the receiver&apos;s window.</source>
        <translation>Was, wenn dieses Segment ankäme? Flags, seq und ack relativ zum Fenster des Empfängers wählen.</translation>
    </message>
    <message>
        <source>Which TCP the simulator plays: RFC 9293 as written, or Linux where the real kernel answers differently</source>
        <translation>Welches TCP der Simulator spielt: RFC 9293 wie geschrieben oder Linux, wo der echte Kernel anders antwortet</translation>
    </message>
    <message>
        <source>Your prediction: click an answer or press its number. Back leaves the question.</source>
        <translation>Ihre Vorhersage: eine Antwort anklicken oder ihre Nummer drücken. Zurück verlässt die Frage.</translation>
    </message>
    <message>
        <source>Predict: press Forward for the first question.</source>
        <translation>Vorhersagen: Vorwärts drücken für die erste Frage.</translation>
    </message>
</context>
<context>
    <name>tsl::SocketTableModel</name>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Send-Q</source>
        <translation>Send-Q</translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <translation>Recv-Q</translation>
    </message>
</context>
<context>
    <name>tsl::UserGuideDialog</name>
    <message>
        <source>TCP State Lab — User Guide</source>
        <translation>TCP State Lab — Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>tsl::WatchPanel</name>
    <message>
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <source>e.g. 5000, 8080 (empty: every TCP socket)</source>
        <translation>z. B. 5000, 8080 (leer: jeder TCP-Socket)</translation>
    </message>
    <message>
        <source>Sockets whose local or remote port is one of these; the kernel does the filtering.</source>
        <translation>Sockets, deren lokaler oder entfernter Port einer von diesen ist; der Kernel filtert.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>automatic (the best this system has)</source>
        <translation>automatisch (das Beste, was dieses System bietet)</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>Abfrage alle:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Cannot read the kernel&apos;s TCP table: %1</source>
        <translation>Die TCP-Tabelle des Kernels ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Quelle: %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Reading the TCP table failed: %1</source>
        <translation>Lesen der TCP-Tabelle fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Watching every TCP socket.</source>
        <translation>Beobachte jeden TCP-Socket.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>appeared in %1</source>
        <translation>erschienen in %1</translation>
    </message>
    <message>
        <source>left the table (was %1)</source>
        <translation>hat die Tabelle verlassen (war %1)</translation>
    </message>
    <message>
        <source>(passed unseen between two polls: %1)</source>
        <translation>(zwischen zwei Abfragen ungesehen durchlaufen: %1)</translation>
    </message>
    <message>
        <source>No sockets.</source>
        <translation>Keine Sockets.</translation>
    </message>
    <message>
        <source>Watching port %1.</source>
        <translation>Beobachte Port %1.</translation>
    </message>
    <message>
        <source>Watching ports %1.</source>
        <translation>Beobachte die Ports %1.</translation>
    </message>
    <message>
        <source>Sockets: %1 — %2</source>
        <translation>Sockets: %1 — %2</translation>
    </message>
    <message>
        <source>Ctrl+L clears the log and the watch&apos;s tokens; the watch goes on.</source>
        <translation>Strg+L leert das Protokoll und nimmt die Marken der Beobachtung vom Diagramm; die Beobachtung läuft weiter.</translation>
    </message>
    <message>
        <source>Watch any sockets on this machine: their states come from the kernel, poll by poll. The first %1 connections also appear on the diagram; beyond a few per state, one chip counts them all.</source>
        <translation>Beobachten Sie beliebige Sockets auf diesem Rechner: Ihre Zustände kommen aus dem Kernel, Abfrage für Abfrage. Die ersten %1 Verbindungen erscheinen auch im Diagramm; mehr als einige wenige pro Zustand zählt eine einzige Marke.</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) in the table at the start: %1</source>
        <translation>
            <numerusform>%n Socket beim Start in der Tabelle: %1</numerusform>
            <numerusform>%n Sockets beim Start in der Tabelle: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The log keeps the newest %1 lines.</source>
        <translation>Das Protokoll behält die neuesten %1 Zeilen.</translation>
    </message>
</context>
<context>
    <name>tsl::WireLab</name>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 listener</source>
        <translation>%1 Listener</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>listen on %1</source>
        <translation>listen auf %1</translation>
    </message>
    <message>
        <source>connect from %1</source>
        <translation>connect von %1</translation>
    </message>
    <message>
        <source>accept on %1</source>
        <translation>accept auf %1</translation>
    </message>
    <message>
        <source>send on %1</source>
        <translation>Senden auf %1</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>Lesen auf %1</translation>
    </message>
    <message>
        <source>stop reading on %1</source>
        <translation>Lesen anhalten auf %1</translation>
    </message>
    <message>
        <source>shut down writing on %1</source>
        <translation>Schreiben beenden auf %1</translation>
    </message>
    <message>
        <source>close on %1</source>
        <translation>close auf %1</translation>
    </message>
    <message>
        <source>abort on %1</source>
        <translation>Abbruch auf %1</translation>
    </message>
    <message>
        <source>deliver segment %1</source>
        <translation>Segment %1 zustellen</translation>
    </message>
    <message>
        <source>drop segment %1</source>
        <translation>Segment %1 verwerfen</translation>
    </message>
    <message>
        <source>duplicate segment %1</source>
        <translation>Segment %1 duplizieren</translation>
    </message>
    <message>
        <source>deliver segment %1 out of order</source>
        <translation>Segment %1 außer der Reihe zustellen</translation>
    </message>
    <message>
        <source>release all</source>
        <translation>alle freigeben</translation>
    </message>
    <message>
        <source>The wire holds every segment.</source>
        <translation>Die Leitung hält jedes Segment an.</translation>
    </message>
    <message>
        <source>The wire lets segments flow (after %1 ms).</source>
        <translation>Die Leitung lässt Segmente durch (nach %1 ms).</translation>
    </message>
    <message>
        <source>switch the wire&apos;s mode</source>
        <translation>den Modus der Leitung wechseln</translation>
    </message>
    <message>
        <source>set the flow delay</source>
        <translation>die Durchlassverzögerung setzen</translation>
    </message>
    <message>
        <source>craft a segment to %1</source>
        <translation>ein Segment an %1 bauen</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>%1 ms  setting %2 (applies to the next connection)</source>
        <translation>%1 ms  Einstellung %2 (gilt ab der nächsten Verbindung)</translation>
    </message>
    <message>
        <source>%1 ms  %2: %3 %4</source>
        <translation>%1 ms  %2: %3 %4</translation>
    </message>
    <message>
        <source>held</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>duplicated</source>
        <translation>dupliziert</translation>
    </message>
    <message>
        <source>crafted</source>
        <translation>gebaut</translation>
    </message>
    <message>
        <source>%1 ms  #%2 %3→%4 %5 seq=%6 ack=%7 len=%8 — %9</source>
        <translation>%1 ms  #%2 %3→%4 %5 seq=%6 ack=%7 len=%8 — %9</translation>
    </message>
    <message>
        <source> (retransmission)</source>
        <translation> (Wiederholung)</translation>
    </message>
    <message>
        <source>%1 ms  %2 %3: %4 → %5</source>
        <translation>%1 ms  %2 %3: %4 → %5</translation>
    </message>
    <message>
        <source>%1 ms  %2</source>
        <translation>%1 ms  %2</translation>
    </message>
    <message>
        <source>the private network is not running</source>
        <translation>das private Netz läuft nicht</translation>
    </message>
</context>
<context>
    <name>tsl::WirePanel</name>
    <message>
        <source>&lt;b&gt;The private network is not available here.&lt;/b&gt;&lt;br&gt;Why: %1&lt;br&gt;How to allow it: %2&lt;br&gt;Everything else works: the Simulator panel (Ctrl+3) plays the same scenarios.</source>
        <translation>&lt;b&gt;Das private Netz ist hier nicht verfügbar.&lt;/b&gt;&lt;br&gt;Warum: %1&lt;br&gt;So wird es erlaubt: %2&lt;br&gt;Alles andere funktioniert: das Simulator-Panel (Strg+3) spielt dieselben Szenarien.</translation>
    </message>
    <message>
        <source>see the reason</source>
        <translation>siehe den Grund</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Wire — ladder</source>
        <translation>Leitung — Leiterdiagramm</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>(by hand)</source>
        <translation>(von Hand)</translation>
    </message>
    <message>
        <source>The scenarios of `net run`: each starts on a fresh private network and plays one step per Next.</source>
        <translation>Die Szenarien von `net run`: jedes beginnt in einem frischen privaten Netz und spielt pro „Weiter“ einen Schritt.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Plays the scenario&apos;s next step</source>
        <translation>Spielt den nächsten Schritt des Szenarios</translation>
    </message>
    <message>
        <source>Run to end</source>
        <translation>Bis zum Ende</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>A fresh private network: new sockets, an empty wire and ladder</source>
        <translation>Ein frisches privates Netz: neue Sockets, leere Leitung und leeres Leiterdiagramm</translation>
    </message>
    <message>
        <source>Host A (192.0.2.1)</source>
        <translation>Host A (192.0.2.1)</translation>
    </message>
    <message>
        <source>Host B (192.0.2.2)</source>
        <translation>Host B (192.0.2.2)</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connects to the other host&apos;s port 5000</source>
        <translation>Verbindet zu Port 5000 des anderen Hosts</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Lesen anhalten</translation>
    </message>
    <message>
        <source>A small receive buffer nobody reads: the window closes</source>
        <translation>Ein kleiner Empfangspuffer, den niemand liest: das Fenster schließt sich</translation>
    </message>
    <message>
        <source>Shut down writing</source>
        <translation>Schreiben beenden</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): a FIN, the socket still reads</source>
        <translation>shutdown(SHUT_WR): ein FIN, der Socket liest weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>SO_LINGER 0 and close: a RST</source>
        <translation>SO_LINGER 0 und close: ein RST</translation>
    </message>
    <message>
        <source>Craft a segment…</source>
        <translation>Segment bauen…</translation>
    </message>
    <message>
        <source>Sends a segment of your own into %1 from the wire</source>
        <translation>Schickt ein selbst gebautes Segment von der Leitung an %1</translation>
    </message>
    <message>
        <source>The wire</source>
        <translation>Die Leitung</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Every segment waits on the wire until you deliver or drop it</source>
        <translation>Jedes Segment wartet auf der Leitung, bis Sie es zustellen oder verwerfen</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Durchlassen</translation>
    </message>
    <message>
        <source>Segments pass by themselves after the delay</source>
        <translation>Segmente passieren nach der Verzögerung von selbst</translation>
    </message>
    <message>
        <source>Flow mode: how long each segment waits before it passes</source>
        <translation>Durchlassen: wie lange jedes Segment wartet, bevor es passiert</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Zustellen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Außer der Reihe</translation>
    </message>
    <message>
        <source>The next held segment overtakes this one</source>
        <translation>Das nächste angehaltene Segment überholt dieses</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>Alle freigeben</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Leiterdiagramm</translation>
    </message>
    <message>
        <source>Bigger…</source>
        <translation>Größer…</translation>
    </message>
    <message>
        <source>The ladder in a window of its own</source>
        <translation>Das Leiterdiagramm in einem eigenen Fenster</translation>
    </message>
    <message>
        <source>Kernel settings</source>
        <translation>Kernel-Einstellungen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Einstellung:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Settings belong to the private network only (both hosts) and apply to the next connection.</source>
        <translation>Die Einstellungen gelten nur im privaten Netz (beide Hosts) und ab der nächsten Verbindung.</translation>
    </message>
    <message>
        <source>Export capture (pcap)…</source>
        <translation>pcap exportieren…</translation>
    </message>
    <message>
        <source>Export ladder…</source>
        <translation>Leiter exportieren…</translation>
    </message>
    <message>
        <source>A retransmission: the sender&apos;s timer fired</source>
        <translation>Eine Wiederholung: der Timer des Senders ist abgelaufen</translation>
    </message>
    <message>
        <source>By hand: use the hosts&apos; buttons and the wire&apos;s chips.</source>
        <translation>Von Hand: die Knöpfe der Hosts und die Segmente auf der Leitung benutzen.</translation>
    </message>
    <message>
        <source>%1: done (%2 steps).</source>
        <translation>%1: fertig (%2 Schritte).</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>A segment needs at least one flag.</source>
        <translation>Ein Segment braucht mindestens ein Flag.</translation>
    </message>
    <message>
        <source>Export the capture</source>
        <translation>Mitschnitt exportieren</translation>
    </message>
    <message>
        <source>Packet captures (*.pcap)</source>
        <translation>Paketmitschnitte (*.pcap)</translation>
    </message>
    <message>
        <source>Wrote %1 (opens in Wireshark and tshark).</source>
        <translation>%1 geschrieben (öffnet sich in Wireshark und tshark).</translation>
    </message>
    <message>
        <source>Export the ladder</source>
        <translation>Leiterdiagramm exportieren</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation>Bilder (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>The real kernel, one segment at a time</source>
        <translation>Der echte Kernel, Segment für Segment</translation>
    </message>
    <message>
        <source>Two Linux TCP stacks in a private network; every segment held on the wire.</source>
        <translation>Zwei Linux-TCP-Stacks in einem privaten Netz; jedes Segment wird auf der Leitung angehalten.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>How many bytes Send writes</source>
        <translation>Wie viele Bytes „Senden“ schreibt</translation>
    </message>
    <message>
        <source>Simulator as twin</source>
        <translation>Simulator als Zwilling</translation>
    </message>
    <message>
        <source>Runs the simulator alongside the real kernel, fed the same calls and wire actions: its states are drawn as outlined ghosts beside the kernel&apos;s tokens, and every step where the two disagree (state or answer) is marked on the ladder — hover a mark for why.</source>
        <translation>Lässt den Simulator neben dem echten Kernel laufen, mit denselben Aufrufen und Leitungsaktionen: Seine Zustände erscheinen als umrandete Geister neben den Marken des Kernels, und jeder Schritt, in dem beide nicht übereinstimmen (Zustand oder Antwort), wird im Leiterdiagramm markiert – zeigen Sie auf eine Markierung, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The rules the twin plays: RFC 9293 (the textbook) shows where Linux parts from it; Linux should agree with the kernel everywhere.</source>
        <translation>Die Regeln, nach denen der Zwilling spielt: RFC 9293 (das Lehrbuch) zeigt, wo Linux davon abweicht; Linux sollte überall mit dem Kernel übereinstimmen.</translation>
    </message>
    <message>
        <source>Held segments. Enter delivers, Delete drops, D duplicates, O delivers out of order, R releases all. Drag a chip onto its receiving host to deliver it, or onto a button below.</source>
        <translation>Zurückgehaltene Segmente. Enter stellt zu, Entf verwirft, D dupliziert, O stellt außer der Reihe zu, R gibt alle frei. Ziehen Sie ein Segment auf seinen Empfänger, um es zuzustellen, oder auf eine Schaltfläche darunter.</translation>
    </message>
</context>
<context>
    <name>tsl::WireTwin</name>
    <message>
        <source>Simulator as twin on (%1): the session so far replayed</source>
        <translation>Simulator als Zwilling an (%1): die bisherige Sitzung nachgespielt</translation>
    </message>
    <message>
        <source>sim %1</source>
        <translation>Sim %1</translation>
    </message>
    <message>
        <source>Twin (%1) differs at ladder row %2: %3</source>
        <translation>Zwilling (%1) weicht in Zeile %2 des Leiterdiagramms ab: %3</translation>
    </message>
    <message>
        <source>Twin (%1) agrees with the kernel</source>
        <translation>Zwilling (%1) stimmt mit dem Kernel überein</translation>
    </message>
    <message>
        <source>Twin (%1): 1 step differs — see the mark on the ladder</source>
        <translation>Zwilling (%1): 1 Schritt weicht ab – siehe die Markierung im Leiterdiagramm</translation>
    </message>
    <message>
        <source>Twin (%1): %2 steps differ — see the marks on the ladder</source>
        <translation>Zwilling (%1): %2 Schritte weichen ab – siehe die Markierungen im Leiterdiagramm</translation>
    </message>
</context>
</TS>
