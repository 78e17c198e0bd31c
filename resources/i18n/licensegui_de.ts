<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>API key — {profile}</source>
        <translation>API-Schlüssel — {profile}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>paste the API key from your vendor&apos;s portal</source>
        <translation>API-Schlüssel aus dem Portal Ihres Herstellers einfügen</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Save it ({backend})</source>
        <translation>&amp;Speichern ({backend})</translation>
    </message>
    <message>
        <source>Saved keys live in {backend}, never in a file.</source>
        <translation>Gespeicherte Schlüssel liegen in {backend}, niemals in einer Datei.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>licensegui — unexpected error</source>
        <extracomment>The demo sandbox starts this long after the window is built: after its first paint.</extracomment>
        <translation>licensegui — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: {kind}: {value}

The app can keep running. The details are in the log ({log_dir}).</source>
        <translation>Etwas ist schiefgegangen: {kind}: {value}

Die App kann weiterlaufen. Die Einzelheiten stehen im Protokoll ({log_dir}).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Demo (local sandbox)</source>
        <translation>Demo (lokale Sandbox)</translation>
    </message>
    <message>
        <source>Temporary demo (forgotten at quit)</source>
        <translation>Vorübergehende Demo (beim Beenden vergessen)</translation>
    </message>
</context>
<context>
    <name>AssignForm</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>e.g. bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d</source>
        <translation>z. B. bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d</translation>
    </message>
    <message>
        <source>e.g. Test User</source>
        <translation>z. B. Erika Mustermann</translation>
    </message>
    <message>
        <source>e.g. owner@example.com</source>
        <translation>z. B. inhaber@example.com</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>&amp;Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Owner name:</source>
        <translation>Name des &amp;Inhabers:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>e.g. {key} (type to see more)</source>
        <translation>z. B. {key} (tippen, um weitere zu sehen)</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Probably assigned by the interrupted run; check. This row was sent before without an answer reaching us, and the server no longer recognises that request, so its “invalid or already assigned” is most likely about that earlier send.</source>
        <extracomment>This many rows in a row without an answer stop the batch (resumable) instead of marching through every remaining row failing. How many more times a row that got no answer is tried before the run ends. Send rows the history already knows as assigned (see core/ledger.py), as repeats. A sentence for the user (why it stopped, or what it did).</extracomment>
        <translation>Vermutlich vom unterbrochenen Lauf zugewiesen; bitte prüfen. Diese Zeile wurde schon einmal gesendet, ohne dass eine Antwort ankam, und der Server kennt diese Anfrage nicht mehr – sein „ungültig oder bereits zugewiesen“ bezieht sich also sehr wahrscheinlich auf den früheren Versand.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} without a signed answer.</source>
        <translation>Der Server antwortete mit HTTP {status}, ohne signierte Antwort.</translation>
    </message>
    <message>
        <source>The server denied this computer access (code {code}).</source>
        <translation>Der Server hat diesem Computer den Zugriff verweigert (Code {code}).</translation>
    </message>
    <message>
        <source>The server refused the API key (code {code}).</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (Code {code}).</translation>
    </message>
    <message>
        <source>Queued by the server (code {code}): not decided yet. Run the batch again later to ask for its answer (the same Idempotency-Key).</source>
        <translation>Vom Server in die Warteschlange gestellt (Code {code}): noch nicht entschieden. Führen Sie den Stapel später erneut aus, um nach der Antwort zu fragen (derselbe Idempotency-Key).</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Zugewiesen.</translation>
    </message>
    <message>
        <source>Refused: code {code}.</source>
        <translation>Abgelehnt: Code {code}.</translation>
    </message>
    <message>
        <source>Already assigned to this owner on {when} by this computer (history #{id}).</source>
        <translation>Bereits diesem Inhaber zugewiesen, am {when} von diesem Computer (Verlauf #{id}).</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by this computer (history #{id}).</source>
        <translation>Bereits {owner} ({email}) zugewiesen, am {when} von diesem Computer (Verlauf #{id}).</translation>
    </message>
    <message>
        <source>Paused.</source>
        <extracomment>Why records are missing from history, once (shown by the fronts).</extracomment>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>Läuft.</translation>
    </message>
    <message>
        <source>Stopped; the batch can be resumed.</source>
        <translation>Gestoppt; der Stapel kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>The server queued {count} row(s) (code 807): not decided yet. Run the batch again later to ask for their answers.</source>
        <translation>Der Server hat {count} Zeile(n) in die Warteschlange gestellt (Code 807): noch nicht entschieden. Führen Sie den Stapel später erneut aus, um nach den Antworten zu fragen.</translation>
    </message>
    <message>
        <source>Some rows got no answer; the batch can be resumed.</source>
        <translation>Einige Zeilen haben keine Antwort erhalten; der Stapel kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting {left:.0f} s.</source>
        <translation>Der Server bittet, langsamer zu senden: {left:.0f} s Wartezeit.</translation>
    </message>
    <message>
        <source>The team ledger is required and cannot be reached: nothing more was sent. Run the batch again once it is back.</source>
        <translation>Das Team-Register ist erforderlich und nicht erreichbar: Nichts weiter wurde gesendet. Starten Sie den Stapel erneut, sobald es wieder da ist.</translation>
    </message>
    <message>
        <source>The server refused the API key; nothing more was sent. Fix the key, then resume the batch.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt; es wurde nichts mehr gesendet. Korrigieren Sie den Schlüssel und setzen Sie den Stapel dann fort.</translation>
    </message>
    <message>
        <source>The server denied this computer access (a blocked IP address or identifier); nothing more was sent. Ask your vendor, then resume the batch.</source>
        <translation>Der Server hat diesem Computer den Zugriff verweigert (eine gesperrte IP-Adresse oder Kennung); es wurde nichts mehr gesendet. Fragen Sie Ihren Anbieter und setzen Sie den Stapel dann fort.</translation>
    </message>
    <message>
        <source>Stopped after {failures} rows in a row got no answer (last: {sentence}) The batch can be resumed.</source>
        <translation>Gestoppt, nachdem {failures} Zeilen in Folge keine Antwort erhielten (zuletzt: {sentence}). Der Stapel kann fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>license key</source>
        <extracomment>What ``--columns`` accepts for each field besides its own name. Field -&gt; the header names that mean it (compared after :func:`normalise_header`). Every word the window uses for a column, in every language it speaks, is among them: the window tells a person to name a column &quot;Lizenzschlüssel&quot;, so a file that does is read.</extracomment>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>owner name</source>
        <translation>Name des Inhabers</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>“{part}” does not say which column: write it as key=HEADER, owner=HEADER or email=HEADER.</source>
        <translation>„{part}“ sagt nicht, welche Spalte gemeint ist: schreiben Sie key=KOPF, owner=KOPF oder email=KOPF.</translation>
    </message>
    <message>
        <source>“{name}” is not a column a batch needs: use key, owner or email.</source>
        <translation>„{name}“ ist keine Spalte, die ein Stapel braucht: verwenden Sie key, owner oder email.</translation>
    </message>
    <message>
        <source>The {field} column is named twice.</source>
        <translation>Die Spalte für {field} ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>No column named: write key=HEADER, owner=HEADER, email=HEADER (any of them).</source>
        <translation>Keine Spalte angegeben: schreiben Sie key=KOPF, owner=KOPF, email=KOPF (beliebig viele davon).</translation>
    </message>
    <message>
        <source>{name} has no column “{header}” (for the {field}); its columns are {shown}.</source>
        <translation>{name} hat keine Spalte „{header}“ (für {field}); ihre Spalten sind {shown}.</translation>
    </message>
    <message>
        <source>License key</source>
        <extracomment>Rows below the header (blank ones included) a batch may have. 100,000 rows of generous width; a bigger file is not an order export. How a row&apos;s cells are packed into one string (no cell holds it: a CSV with one is refused as not text, and a spreadsheet cannot store it).</extracomment>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Name des Inhabers</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <extracomment>The spreadsheet&apos;s row number (the header is row 1; a CSV&apos;s ``sep=`` line is none). The line of the file the row starts on (a quoted cell may span lines); the row for a spreadsheet. The row&apos;s cells joined by NUL (one string, not a tuple of them: 100,000 rows fit). Stable code for an invalid/duplicate row (``invalid_email``, ``duplicate``...), else &quot;&quot;. Names the batch: the file&apos;s SHA-256 (folded with the sheet, and with the columns when a mapping chose others; see :func:`_identity`). The CSV&apos;s delimiter (&quot;,&quot; for a spreadsheet: its results CSV uses commas). The header row as written in the file. Field -&gt; index in ``header`` (the column used). Every row below the header, in order, blank ones as ``blank``. The worksheet read (None for a CSV). Sentences worth saying in a preview: the encoding assumed, Excel&apos;s ``sep=`` line... &quot;csv&quot;, &quot;xlsx&quot;, &quot;ods&quot; or &quot;xls&quot;. The row number of the header (1 unless blank rows stand above it).</extracomment>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>separated by {delimiter}</source>
        <translation>getrennt durch {delimiter}</translation>
    </message>
    <message>
        <source>{name} is a CSV file, without sheets; a sheet is chosen only in a workbook (.xlsx, .ods, .xls).</source>
        <translation>{name} ist eine CSV-Datei ohne Tabellenblätter; ein Blatt wird nur in einer Arbeitsmappe (.xlsx, .ods, .xls) gewählt.</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; a batch file may be at most {limit} MB (about {rows:,} rows).</source>
        <translation>{name} ist {size:.0f} MB groß; eine Stapeldatei darf höchstens {limit} MB groß sein (etwa {rows:,} Zeilen).</translation>
    </message>
    <message>
        <source>{name} is named like a spreadsheet but is not one (it is text). Open it in the spreadsheet program and save it again.</source>
        <translation>{name} ist wie eine Tabelle benannt, ist aber keine (es ist Text). Öffnen Sie die Datei im Tabellenprogramm und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>{name} has more than {MAX_ROWS:,} rows below its header; split it into smaller batches.</source>
        <translation>{name} hat mehr als {MAX_ROWS:,} Zeilen unter der Kopfzeile; teilen Sie die Datei in kleinere Stapel auf.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is empty.</source>
        <translation>Das Blatt „{sheet}“ in {name} ist leer.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains NUL bytes).</source>
        <extracomment>A row (one record, however many lines its quoted cells span) may be this long. A batch&apos;s cells are keys, names and addresses; a longer row is a wrong file, and refusing it here comes before Python&apos;s own &quot;field larger than field limit&quot; (131,072) could. &quot;csv&quot;, or the spreadsheet format its bytes say (&quot;zip&quot; for .xlsx/.ods, &quot;ole&quot; for .xls). The codec its text is read with (``utf-8-sig``, ``utf-16``, ``cp1252``). Line ends in the file: an upper bound on its rows. Whether any ``&quot;`` occurs: without one, every line is exactly one row. The delimiter Excel&apos;s ``sep=`` first line names, if it has one.</extracomment>
        <translation>{name} ist keine Textdatei (sie enthält NUL-Bytes).</translation>
    </message>
    <message>
        <source>Read as UTF-16 text (Excel&apos;s “Unicode text”).</source>
        <translation>Als UTF-16-Text gelesen („Unicode-Text“ von Excel).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; it was read as Windows-1252 (Western European), as older Excel saves “CSV”. Check the accents in the preview; if they are wrong, save the file as “CSV UTF-8”.</source>
        <translation>{name} ist kein UTF-8-Text; die Datei wurde als Windows-1252 (westeuropäisch) gelesen, wie ältere Excel-Versionen „CSV“ speichern. Prüfen Sie die Umlaute in der Vorschau; sind sie falsch, speichern Sie die Datei als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>The first line “sep={sep}” (Excel&apos;s) names the delimiter; it is not a row.</source>
        <translation>Die erste Zeile „sep={sep}“ (von Excel) nennt das Trennzeichen; sie ist keine Datenzeile.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte 0x{byte:02X} on line {line}), nor Windows-1252. Save it as “CSV UTF-8” and choose it again.</source>
        <translation>{name} ist weder UTF-8-Text (Byte 0x{byte:02X} in Zeile {line}) noch Windows-1252. Speichern Sie die Datei als „CSV UTF-8“ und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>{name}: row {row} is longer than {limit:,} characters; a batch&apos;s cells are license keys, names and addresses. Is this the right file?</source>
        <translation>{name}: Zeile {row} ist länger als {limit:,} Zeichen; die Zellen eines Stapels sind Lizenzschlüssel, Namen und Adressen. Ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>{name} is not a well-formed CSV file at row {row} (line {line}): {exc}.</source>
        <translation>{name} ist keine gültige CSV-Datei bei Zeile {row} (Textzeile {line}): {exc}.</translation>
    </message>
    <message>
        <source>{name} is not readable as {encoding} text near row {row}.</source>
        <translation>{name} ist bei Zeile {row} nicht als {encoding}-Text lesbar.</translation>
    </message>
    <message>
        <source>two columns could be the {field} ({names})</source>
        <translation>zwei Spalten könnten „{field}“ sein ({names})</translation>
    </message>
    <message>
        <source>one column is chosen for two fields</source>
        <translation>eine Spalte ist für zwei Angaben gewählt</translation>
    </message>
    <message>
        <source>{name}: the header is ambiguous: {problems}. Rename one of them or say which column is which.</source>
        <translation>{name}: die Kopfzeile ist mehrdeutig: {problems}. Benennen Sie eine der Spalten um oder geben Sie an, welche Spalte welche ist.</translation>
    </message>
    <message>
        <source>{name} has no usable header: no column for the {fields}. The first row must name the columns (license_key, owner_name, email, or License Key, Name, E-mail) or you say which column is which; it reads {shown}.</source>
        <translation>{name} hat keine verwendbare Kopfzeile: keine Spalte für {fields}. Die erste Zeile muss die Spalten benennen (etwa Lizenzschlüssel, Inhaber, E-Mail) oder Sie geben an, welche Spalte welche ist; sie lautet {shown}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>{name} hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>This row has {values} values; the header names {header} columns.</source>
        <translation>Diese Zeile hat {values} Werte; die Kopfzeile nennt {header} Spalten.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Same license key as row {first}; only that row is sent.</source>
        <translation>Gleicher Lizenzschlüssel wie in Zeile {first}; nur jene Zeile wird gesendet.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; save a copy without one.</source>
        <translation>{name} ist durch ein Kennwort geschützt; speichern Sie eine Kopie ohne Kennwort.</translation>
    </message>
    <message>
        <source>its records are malformed</source>
        <translation>seine Datensätze sind fehlerhaft</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet this program can read ({problem}). Save it as .xlsx or “CSV UTF-8”.</source>
        <translation>{name} ist keine Tabelle, die dieses Programm lesen kann ({problem}). Speichern Sie sie als .xlsx oder „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>{name} has no worksheet.</source>
        <translation>{name} hat kein Tabellenblatt.</translation>
    </message>
    <message>
        <source>{name} has no sheet “{sheet}”; its sheets are {names}.</source>
        <translation>{name} hat kein Blatt „{sheet}“; seine Blätter sind {names}.</translation>
    </message>
    <message>
        <source>{name}: the sheet “{sheet}” cannot be read ({problem}).</source>
        <translation>{name}: das Blatt „{sheet}“ kann nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>it holds {count:,} parts</source>
        <extracomment>The zip&apos;s directory: 10,000 entries with names of up to ~350 bytes. One part (a sheet, the shared strings) unpacked: the text a CSV batch may have (64 MB) and the markup around every cell of it (``&lt;c r=&quot;F100000&quot; t=&quot;inlineStr&quot;&gt;&lt;is&gt;&lt;t&gt;…&lt;/t&gt;&lt;/is&gt;&lt;/c&gt;``, ~50 bytes a cell; 100,000 rows of six columns add 30 MB, of twenty 100 MB). At 64 MB the issue&apos;s own 100,000-row workbook (a 93 MB sheet) was refused. All parts unpacked. The longest run of text between two tags of an XML part: no batch cell is longer (a row is refused past 100,000 characters), and a long cell repeated is how text is amplified.</extracomment>
        <translation>sie enthält {count:,} Teile</translation>
    </message>
    <message>
        <source>its directory takes {size:,} MB</source>
        <translation>sein Verzeichnis belegt {size:,} MB</translation>
    </message>
    <message>
        <source>its parts unpack to {size:,} MB</source>
        <translation>ihre Teile ergeben entpackt {size:,} MB</translation>
    </message>
    <message>
        <source>{name} is not a workbook this program reads: save it as .xlsx, .ods or “CSV UTF-8”.</source>
        <translation>{name} ist keine Arbeitsmappe, die dieses Programm liest: Speichern Sie sie als .xlsx, .ods oder „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>its part {part} unpacks to {size:,} MB</source>
        <translation>ihr Teil {part} ergibt entpackt {size:,} MB</translation>
    </message>
    <message>
        <source>its part {part} declares XML entities</source>
        <translation>ihr Teil {part} deklariert XML-Entitäten</translation>
    </message>
    <message>
        <source>its part {part} holds a text longer than {size} KB</source>
        <translation>sein Teil {part} enthält einen Text länger als {size} KB</translation>
    </message>
    <message>
        <source>{name}: a sheet spans {rows:,} rows × {columns:,} columns from its first used cell to its last ({last}); a batch sheet may span at most {limit:,} cells. Delete the far-away cells (Ctrl+End goes to the last one) or copy the batch into a new workbook.</source>
        <extracomment>Text copied into cells (shared strings referred to again and again, .ods repeats). A shared string longer than this is counted where it is used (shorter ones cannot add up to more than a part&apos;s 64 MB of references can hold).</extracomment>
        <translation>{name}: Ein Tabellenblatt reicht von seiner ersten benutzten Zelle bis zur letzten ({last}) über {rows:,} Zeilen × {columns:,} Spalten; ein Stapel-Tabellenblatt darf höchstens {limit:,} Zellen umfassen. Löschen Sie die weit entfernten Zellen (Strg+Ende springt zur letzten) oder kopieren Sie den Stapel in eine neue Arbeitsmappe.</translation>
    </message>
    <message>
        <source>{name}: its cells repeat the same long text until it would take more than {size} MB (at most {limit} MB). Copy the batch into a new workbook or save it as “CSV UTF-8”.</source>
        <translation>{name}: Seine Zellen wiederholen denselben langen Text, bis er mehr als {size} MB belegen würde (höchstens {limit} MB). Kopieren Sie den Stapel in eine neue Arbeitsmappe oder speichern Sie ihn als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>{name} cannot be a batch: {what}, more than a batch&apos;s workbook can be (at most {parts:,} parts of {size} MB, {total} MB in all). Copy the batch into a new workbook or save it as “CSV UTF-8”.</source>
        <translation>{name} kann kein Stapel sein: {what}, mehr als die Arbeitsmappe eines Stapels sein darf (höchstens {parts:,} Teile zu {size} MB, {total} MB insgesamt). Kopieren Sie den Stapel in eine neue Arbeitsmappe oder speichern Sie ihn als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>it took longer than {seconds:.0f} s</source>
        <translation>es dauerte länger als {seconds:.0f} s</translation>
    </message>
    <message>
        <source>the reader stopped: it asked for more memory than a batch may use</source>
        <translation>das Lesen brach ab: Es verlangte mehr Speicher, als ein Stapel nutzen darf</translation>
    </message>
    <message>
        <source>{name} could not be read ({why}). Save it as .xlsx or “CSV UTF-8”.</source>
        <translation>{name} konnte nicht gelesen werden ({why}). Speichern Sie sie als .xlsx oder „CSV UTF-8“.</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation>Meldung oder Grund</translation>
    </message>
    <message>
        <source>Assigned</source>
        <extracomment>Status → (icon, word). Icon and word, never colour alone.</extracomment>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT verifiziert</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Gesendet, noch keine Antwort</translation>
    </message>
    <message>
        <source>Blank row</source>
        <translation>Leere Zeile</translation>
    </message>
    <message numerus="yes">
        <source>{status} · sent %n times</source>
        <translation>
            <numerusform>{status} · %n-mal gesendet</numerusform>
            <numerusform>{status} · %n-mal gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signatur verifiziert</translation>
    </message>
    <message>
        <source>Signature NOT verified</source>
        <translation>Signatur NICHT verifiziert</translation>
    </message>
    <message>
        <source>Not sent: this computer&apos;s record of a verified answer</source>
        <translation>Nicht gesendet: dieser Computer hat eine verifizierte Antwort gespeichert</translation>
    </message>
    <message>
        <source>Batch assignment</source>
        <translation>Stapelzuweisung</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Practice &amp;file</source>
        <translation>Übungs&amp;datei</translation>
    </message>
    <message>
        <source>A CSV of the demo sandbox&apos;s keys, with an invalid, a duplicate and an unknown key&apos;s row</source>
        <translation>Eine CSV-Datei mit den Schlüsseln der Demo-Sandbox, mit einer ungültigen, einer doppelten Zeile und einer mit unbekanntem Schlüssel</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>Sp&amp;alten…</translation>
    </message>
    <message>
        <source>Choose which column is the license key, the owner and the email</source>
        <translation>Wählen Sie, welche Spalte der Lizenzschlüssel, der Inhaber und die E-Mail ist</translation>
    </message>
    <message>
        <source>Batch counts</source>
        <translation>Stapelzähler</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>How many requests are out at once (1 to 8). Two is polite; more is faster if the vendor allows it.</source>
        <translation>Wie viele Anfragen gleichzeitig unterwegs sind (1 bis 8). Zwei ist höflich; mehr ist schneller, wenn der Hersteller es erlaubt.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Requests at a time:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Stapelfortschritt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;receipts…</source>
        <translation>&amp;Belege exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Batch rows</source>
        <translation>Stapelzeilen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Batch input</source>
        <translation>Stapeldatei</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Tabellen und CSV-Dateien (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>Tabellenblatt „{sheet}“</translation>
    </message>
    <message>
        <source>{assigned} assigned · {already} already assigned · {refused} refused · {not_verified} not verified · {invalid} invalid · {duplicate} duplicate · {remaining} remaining</source>
        <translation>{assigned} zugewiesen · {already} bereits zugewiesen · {refused} abgelehnt · {not_verified} nicht verifiziert · {invalid} ungültig · {duplicate} doppelt · {remaining} offen</translation>
    </message>
    <message>
        <source>%v of %m done · {assigned} assigned · {already} already assigned (not sent)</source>
        <translation>%v von %m erledigt · {assigned} zugewiesen · {already} bereits zugewiesen (nicht gesendet)</translation>
    </message>
    <message>
        <source>%v of %m done · {assigned} assigned</source>
        <translation>%v von %m erledigt · {assigned} zugewiesen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a CSV or spreadsheet file (.xlsx, .ods) whose header row names the license key, owner and email columns — or say which is which after opening it.</source>
        <translation>Wählen Sie eine CSV- oder Tabellendatei (.xlsx, .ods), deren Kopfzeile die Spalten Lizenzschlüssel, Inhaber und E-Mail benennt — oder legen Sie nach dem Öffnen fest, welche Spalte welche ist.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot use this file</source>
        <translation>Diese Datei ist nicht verwendbar</translation>
    </message>
    <message>
        <source>license key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>; carried through: {columns}</source>
        <translation>; unverändert übernommen: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n row(s), {separator}</source>
        <translation>
            <numerusform>{name} — %n Zeile, {separator}</numerusform>
            <numerusform>{name} — %n Zeilen, {separator}</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: {mapping}{carried}.</source>
        <translation>Spalten: {mapping}{carried}.</translation>
    </message>
    <message>
        <source>Nothing has been sent. Check the rows, then Start.</source>
        <translation>Es wurde nichts gesendet. Prüfen Sie die Zeilen und klicken Sie dann auf Starten.</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>Früherer Lauf</translation>
    </message>
    <message>
        <source>This file was run against this server on {when}; it is finished. Export its results, or choose another file.</source>
        <translation>Diese Datei wurde am {when} gegen diesen Server ausgeführt und ist fertig. Exportieren Sie die Ergebnisse oder wählen Sie eine andere Datei.</translation>
    </message>
    <message numerus="yes">
        <source>This file was started against this server on {when} and not finished (%n row(s) left). Resume sends only what is left, with the same keys.</source>
        <translation>
            <numerusform>Diese Datei wurde am {when} gegen diesen Server gestartet und nicht beendet (%n Zeile offen). Fortsetzen sendet nur, was noch fehlt, mit denselben Schlüsseln.</numerusform>
            <numerusform>Diese Datei wurde am {when} gegen diesen Server gestartet und nicht beendet (%n Zeilen offen). Fortsetzen sendet nur, was noch fehlt, mit denselben Schlüsseln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot resume the batch</source>
        <translation>Der Stapel kann nicht fortgesetzt werden</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n row(s) (from the journal; the file itself is not needed)</source>
        <translation>
            <numerusform>{name} — %n Zeile (aus dem Journal; die Datei selbst wird nicht gebraucht)</numerusform>
            <numerusform>{name} — %n Zeilen (aus dem Journal; die Datei selbst wird nicht gebraucht)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before it finished; Resume sends only what is left, with the same keys, to {url}.</source>
        <translation>Vor dem Ende gestoppt; Fortsetzen sendet nur, was noch fehlt, mit denselben Schlüsseln, an {url}.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Choose a profile (Settings) for the server to assign on.</source>
        <translation>Wählen Sie ein Profil (Einstellungen) für den Server, auf dem zugewiesen werden soll.</translation>
    </message>
    <message>
        <source>No public key</source>
        <translation>Kein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>The profile “{name}” has no public key, so no answer could be verified. Import the vendor&apos;s public key first.</source>
        <translation>Das Profil „{name}“ hat keinen öffentlichen Schlüssel, daher könnte keine Antwort verifiziert werden. Importieren Sie zuerst den öffentlichen Schlüssel des Herstellers.</translation>
    </message>
    <message>
        <source>Not started: the profile “{name}” has no API key.</source>
        <translation>Nicht gestartet: Das Profil „{name}“ hat keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Waiting for the API key…</source>
        <translation>Warte auf den API-Schlüssel…</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>Läuft.</translation>
    </message>
    <message>
        <source> · {duration} left</source>
        <translation> · noch {duration}</translation>
    </message>
    <message>
        <source>{rate} rows/s{eta}</source>
        <translation>{rate} Zeilen/s{eta}</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Wird gestoppt: warte auf die bereits gesendeten Anfragen…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Finished. Export the results and receipts to keep them.</source>
        <translation>Fertig. Exportieren Sie Ergebnisse und Belege, um sie aufzubewahren.</translation>
    </message>
    <message>
        <source>Batch stopped</source>
        <translation>Stapel gestoppt</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Export receipts</source>
        <translation>Belege exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported {count} results to {path}.</source>
        <translation>{count} Ergebnisse nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Exported {count} receipts to {path}.</source>
        <translation>{count} Belege nach {path} exportiert.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: start a batch, or open one, first.</source>
        <translation>Noch nichts zu exportieren: Starten oder öffnen Sie zuerst einen Stapel.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>No row could be written to {path}, though the window shows {rows}.</source>
        <translation>Keine Zeile konnte nach {path} geschrieben werden, obwohl das Fenster {rows} zeigt.</translation>
    </message>
    <message>
        <source>A batch is running</source>
        <translation>Ein Stapel läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not done yet. Stop the batch? Nothing is lost: it is offered for resuming at the next start, and rows already sent are re-sent with the same keys, so nothing is assigned twice.</source>
        <translation>
            <numerusform>%n Zeile ist noch nicht erledigt. Stapel stoppen? Es geht nichts verloren: Er wird beim nächsten Start zum Fortsetzen angeboten, und bereits gesendete Zeilen werden mit denselben Schlüsseln erneut gesendet, sodass nichts doppelt zugewiesen wird.</numerusform>
            <numerusform>%n Zeilen sind noch nicht erledigt. Stapel stoppen? Es geht nichts verloren: Er wird beim nächsten Start zum Fortsetzen angeboten, und bereits gesendete Zeilen werden mit denselben Schlüsseln erneut gesendet, sodass nichts doppelt zugewiesen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the batch</source>
        <translation>Stapel stoppen</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>The license key is not valid.</source>
        <extracomment>Stored rows keep their sentence in English (the journal is read by scripts too); on screen a row says the same thing in the user&apos;s language, from its stable reason code.</extracomment>
        <translation>Der Lizenzschlüssel ist ungültig.</translation>
    </message>
    <message>
        <source>The owner name is not valid.</source>
        <translation>Der Name des Inhabers ist ungültig.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>This row does not have the header&apos;s number of values.</source>
        <translation>Diese Zeile hat nicht so viele Werte, wie die Kopfzeile Spalten nennt.</translation>
    </message>
    <message>
        <source>Same license key as an earlier row; only that row is sent.</source>
        <translation>Gleicher Lizenzschlüssel wie in einer früheren Zeile; nur jene Zeile wird gesendet.</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Zugewiesen.</translation>
    </message>
    <message>
        <source>Refused: code {code}.</source>
        <translation>Abgelehnt: Code {code}.</translation>
    </message>
    <message>
        <source>Not verified: {why}.</source>
        <translation>Nicht verifiziert: {why}.</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation>{min} min</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
    <message>
        <source>License &amp;key column:</source>
        <extracomment>The window&apos;s own words for each field: the same the refusal sentence and the preview use.</extracomment>
        <translation>Spalte für den &amp;Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Owner column:</source>
        <translation>Spalte für den &amp;Inhaber:</translation>
    </message>
    <message>
        <source>&amp;Email column:</source>
        <translation>Spalte für die &amp;E-Mail:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose which of the file&apos;s columns holds the license key, the owner name and the email. Files with the same headers are read this way next time.</source>
        <translation>Wählen Sie, welche Spalte der Datei den Lizenzschlüssel, den Namen des Inhabers und die E-Mail enthält. Dateien mit denselben Kopfzeilen werden künftig so gelesen.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>(column {n}, no name)</source>
        <translation>(Spalte {n}, ohne Namen)</translation>
    </message>
    <message>
        <source>Each column can be chosen only once.</source>
        <translation>Jede Spalte kann nur einmal gewählt werden.</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>Tabellenblatt wählen</translation>
    </message>
    <message>
        <source>{name} has several sheets. Which one holds the orders?</source>
        <translation>{name} hat mehrere Tabellenblätter. Welches enthält die Bestellungen?</translation>
    </message>
    <message numerus="yes">
        <source>Pausing: waiting for %n request(s) already sent…</source>
        <translation>
            <numerusform>Wird angehalten: warte auf %n bereits gesendete Anfrage…</numerusform>
            <numerusform>Wird angehalten: warte auf %n bereits gesendete Anfragen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The TLS certificate of {host} could not be verified. Check the base URL (the certificate must be for that name) and that the server&apos;s certificate is issued by an authority this computer trusts (a self-signed one is not); behind a company proxy, the proxy&apos;s certificate must be trusted by this computer.</source>
        <translation>Das TLS-Zertifikat von {host} konnte nicht geprüft werden. Prüfen Sie die Basis-URL (das Zertifikat muss auf diesen Namen lauten) und ob das Zertifikat des Servers von einer Stelle ausgestellt ist, der dieser Computer vertraut (einem selbstsignierten vertraut er nicht); hinter einem Firmen-Proxy muss dieser Computer dem Zertifikat des Proxys vertrauen.</translation>
    </message>
    <message>
        <source>{host} was too slow: no complete answer within {exc}.</source>
        <translation>{host} war zu langsam: keine vollständige Antwort innerhalb von {exc}.</translation>
    </message>
    <message>
        <source>No connection to {host} (timed out).</source>
        <translation>Keine Verbindung zu {host} (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>{host} accepted the request but did not answer in time.</source>
        <translation>{host} hat die Anfrage angenommen, aber nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server name {hostname} could not be found (DNS).</source>
        <translation>Der Servername {hostname} wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>{host} refused the connection: is the address right and the server up?</source>
        <translation>{host} hat die Verbindung abgelehnt: Stimmt die Adresse, und läuft der Server?</translation>
    </message>
    <message>
        <source>The connection to {host} failed.</source>
        <translation>Die Verbindung zu {host} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The request to {host} failed ({kind}).</source>
        <translation>Die Anfrage an {host} ist fehlgeschlagen ({kind}).</translation>
    </message>
    <message>
        <source>The server redirected more than {count} times (a redirect loop). Check the base URL: it must be the address where the server&apos;s API answers, not one that forwards elsewhere.</source>
        <translation>Der Server hat mehr als {count}-mal umgeleitet (eine Umleitungsschleife). Prüfen Sie die Basis-URL: Sie muss die Adresse sein, unter der die API des Servers antwortet, nicht eine, die weiterleitet.</translation>
    </message>
    <message>
        <source>{reason} Tried {attempts} times.</source>
        <translation>{reason} {attempts} Versuche.</translation>
    </message>
    <message>
        <source>attempt {attempts}: {reason} Retried after {delay:.1f} s.</source>
        <translation>Versuch {attempts}: {reason} Nach {delay:.1f} s wiederholt.</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>überlastet (Ratenbegrenzung)</translation>
    </message>
    <message>
        <source>temporarily unavailable</source>
        <translation>vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>The server is {what} (HTTP {status}) and asks to wait {wait} s; try again later.</source>
        <translation>Der Server ist {what} (HTTP {status}) und bittet, {wait} s zu warten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server is {what} (HTTP {status}). Tried {attempts} times.</source>
        <translation>Der Server ist {what} (HTTP {status}). {attempts} Versuche.</translation>
    </message>
    <message>
        <source>attempt {attempts}: HTTP {status}; waited {delay:.1f} s ({source}).</source>
        <translation>Versuch {attempts}: HTTP {status}; {delay:.1f} s gewartet ({source}).</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} without a Location.</source>
        <extracomment>Requests handed to a socket so far: an attempt that failed without raising this never reached the server (connection refused, TLS handshake refused).</extracomment>
        <translation>Der Server antwortete mit HTTP {status} ohne Location-Angabe.</translation>
    </message>
    <message>
        <source>The server redirected to a non-https address ({scheme}://{netloc}); refused, so the API key is not sent in clear.</source>
        <translation>Der Server leitete auf eine Nicht-HTTPS-Adresse um ({scheme}://{netloc}); abgelehnt, damit der API-Schlüssel nicht im Klartext gesendet wird.</translation>
    </message>
    <message>
        <source>Refused redirect: {exc}</source>
        <translation>Umleitung abgelehnt: {exc}</translation>
    </message>
    <message>
        <source>The server redirected (HTTP {status}) to {target}. A signed request is not re-sent elsewhere: put the final address in the profile&apos;s base URL.</source>
        <translation>Der Server leitete um (HTTP {status}) nach {target}. Eine signierte Anfrage wird nicht anderswohin erneut gesendet: Tragen Sie die endgültige Adresse als Basis-URL des Profils ein.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than {limit} KiB; stopped reading it.</source>
        <translation>Die Antwort des Servers ist größer als {limit} KiB; das Lesen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Db</name>
    <message>
        <source>the disk is full (or a size limit was reached)</source>
        <extracomment>One step of a schema&apos;s history: brings a file from version ``i`` to ``i + 1``. Another connection (often another process) holds the lock: a condition, wait or say so. The file is not a database, or its pages are malformed: set it aside or refuse it. Anything else (read-only, disk full, cannot open, a constraint): not the file&apos;s fault.</extracomment>
        <translation>die Festplatte ist voll (oder eine Größenbegrenzung wurde erreicht)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <source>the disk took no more data (is it full?)</source>
        <translation>die Festplatte nimmt keine Daten mehr auf (ist sie voll?)</translation>
    </message>
    <message>
        <source>{path} cannot be used: {reason}</source>
        <translation>{path} kann nicht verwendet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo&apos;s folder {path} is a symbolic link or not a folder; licensegui does not follow it. Move it away to start the demo.</source>
        <translation>Der Ordner der Demo {path} ist eine symbolische Verknüpfung oder kein Ordner; licensegui folgt ihm nicht. Verschieben Sie ihn, um die Demo zu starten.</translation>
    </message>
    <message>
        <source>The demo cannot use {path}: {reason}. Move it away to start the demo (what the demo assigned before is then forgotten).</source>
        <translation>Die Demo kann {path} nicht verwenden: {reason}. Verschieben Sie es, um die Demo zu starten (was die Demo zuvor zugewiesen hat, ist dann vergessen).</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>it is a symbolic link or not a folder, which is not followed</source>
        <translation>es ist eine symbolische Verknüpfung oder kein Ordner, der nicht gefolgt wird</translation>
    </message>
    <message>
        <source>The sandbox&apos;s signing key {path} cannot be used: {reason}. Move it away to start with a new key (answers the old one signed will then read as not authentic).</source>
        <translation>Der Signaturschlüssel der Sandbox {path} kann nicht verwendet werden: {reason}. Verschieben Sie ihn, um mit einem neuen Schlüssel zu starten (vom alten signierte Antworten gelten dann als nicht authentisch).</translation>
    </message>
    <message>
        <source>it is no private key</source>
        <translation>es ist kein privater Schlüssel</translation>
    </message>
    <message>
        <source>it is no RSA private key</source>
        <translation>es ist kein privater RSA-Schlüssel</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Summary</source>
        <extracomment>The request it answers, when known (a live or stored answer, a history row). When it was received, for a recorded answer (else: now).</extracomment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Signed payload</source>
        <translation>Signierter Inhalt</translation>
    </message>
    <message>
        <source>Cop&amp;y raw body</source>
        <translation>Rohdaten kop&amp;ieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve response as…</source>
        <translation>Antwort spei&amp;chern unter…</translation>
    </message>
    <message>
        <source>The details of the next answer appear here: HTTP status, time and attempts, the Idempotency-Key, whether the signature matches and why, which key signed it, and whether the readable copy matches what was signed.

Assign a key, or verify a saved response (File → Verify saved response, Ctrl+O; or drop a .json file on the window).</source>
        <translation>Hier erscheinen die Einzelheiten der nächsten Antwort: HTTP-Status, Dauer und Versuche, der Idempotency-Key, ob die Signatur stimmt und warum, welcher Schlüssel signiert hat und ob die lesbare Kopie dem signierten Inhalt entspricht.

Weisen Sie einen Schlüssel zu oder prüfen Sie eine gespeicherte Antwort (Datei → Gespeicherte Antwort prüfen, Strg+O; oder ziehen Sie eine .json-Datei auf das Fenster).</translation>
    </message>
    <message>
        <source>The server&apos;s answer, byte for byte (Copy and Save keep it exactly, so it can be verified again later).</source>
        <translation>Die Antwort des Servers, Byte für Byte (Kopieren und Speichern bewahren sie exakt, damit sie später erneut geprüft werden kann).</translation>
    </message>
    <message>
        <source>What the server signed, decoded (marked UNVERIFIED when the signature does not hold).</source>
        <translation>Was der Server signiert hat, dekodiert (als UNVERIFIZIERT markiert, wenn die Signatur nicht stimmt).</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>HTTP status: {status}</source>
        <translation>HTTP-Status: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Time: {ms} ms over %n attempt(s)</source>
        <translation>
            <numerusform>Dauer: {ms} ms bei %n Versuch</numerusform>
            <numerusform>Dauer: {ms} ms bei %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Idempotency-Key: {idempotency_key}</source>
        <translation>Idempotency-Key: {idempotency_key}</translation>
    </message>
    <message>
        <source>URL: {url}</source>
        <translation>URL: {url}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO — edited after signing</source>
        <translation>NEIN — nach dem Signieren bearbeitet</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>no (saved response: age is shown, not judged)</source>
        <translation>nein (gespeicherte Antwort: das Alter wird angezeigt, nicht bewertet)</translation>
    </message>
    <message>
        <source>not reached (an earlier check failed)</source>
        <translation>nicht erreicht (eine frühere Prüfung schlug fehl)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation>STIMMT NICHT</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Verified: yes ({reason})</source>
        <translation>Verifiziert: ja ({reason})</translation>
    </message>
    <message>
        <source>Verified: NO ({reason})</source>
        <translation>Verifiziert: NEIN ({reason})</translation>
    </message>
    <message>
        <source>Why: {detail}</source>
        <translation>Grund: {detail}</translation>
    </message>
    <message>
        <source>Signing key named: {label}</source>
        <translation>Genannter Signaturschlüssel: {label}</translation>
    </message>
    <message>
        <source>Signature check: {sig}</source>
        <translation>Signaturprüfung: {sig}</translation>
    </message>
    <message>
        <source>Readable copy matches signed payload: {match}</source>
        <translation>Lesbare Kopie entspricht dem signierten Inhalt: {match}</translation>
    </message>
    <message>
        <source>Freshness checked: {freshness}</source>
        <translation>Aktualität geprüft: {freshness}</translation>
    </message>
    <message numerus="yes">
        <source>Size: %n byte(s)</source>
        <translation>
            <numerusform>Größe: %n Byte</numerusform>
            <numerusform>Größe: %n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>// UNVERIFIED: what the response claims
</source>
        <translation>// UNVERIFIZIERT: was die Antwort behauptet
</translation>
    </message>
    <message>
        <source>(no decodable signed payload)</source>
        <translation>(kein dekodierbarer signierter Inhalt)</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not save: {reason}.</source>
        <translation>Speichern nicht möglich: {reason}.</translation>
    </message>
    <message>
        <source>Outcome: {words}</source>
        <translation>Ergebnis: {words}</translation>
    </message>
    <message>
        <source>Request: {request}</source>
        <translation>Anfrage: {request}</translation>
    </message>
    <message>
        <source>Idempotency-Key of the earlier request (this one was not sent): {idempotency_key}</source>
        <translation>Idempotency-Key der früheren Anfrage (diese wurde nicht gesendet): {idempotency_key}</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>[erased]</source>
        <extracomment>A kept form longer than this is not read (a journal is a file anyone could have edited).</extracomment>
        <translation>[gelöscht]</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>it is a symbolic link, which is not followed</source>
        <extracomment>Folders (config, data, batches, logs): the user alone may list or enter them. Files in them, and results, receipts and exports written anywhere: the user alone reads. What SQLite keeps beside a database; a temporary journal leaves these too when killed. ``.NAME.8hex.tmp``, as :func:`temporary_beside` names them, and its ``.lock``.</extracomment>
        <translation>es ist eine symbolische Verknüpfung, der nicht gefolgt wird</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a FIFO or a folder); give the name of a file</source>
        <extracomment>Opening state: never through a symbolic link, never blocking on a FIFO.</extracomment>
        <translation>es ist keine gewöhnliche Datei (ein Gerät, ein FIFO oder ein Ordner); geben Sie den Namen einer Datei an</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Bereits zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to someone else</source>
        <translation>Jemand anderem zugewiesen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not authentic</source>
        <translation>Nicht authentisch</translation>
    </message>
    <message>
        <source>Still assigned, confirmed by the server</source>
        <translation>Weiterhin zugewiesen, vom Server bestätigt</translation>
    </message>
    <message>
        <source>{words} (sent again)</source>
        <translation>{words} (erneut gesendet)</translation>
    </message>
    <message>
        <source>The server denies this computer access (a blocked IP address or identifier): ask your vendor, then send again.</source>
        <translation>Der Server verweigert diesem Computer den Zugriff (eine gesperrte IP-Adresse oder Kennung): Fragen Sie Ihren Anbieter und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server queued the request: it is neither assigned nor refused yet. Check now later asks for its answer (the same Idempotency-Key: it cannot assign twice).</source>
        <translation>Der Server hat die Anfrage in die Warteschlange gestellt: Sie ist weder zugewiesen noch abgelehnt. „Jetzt prüfen“ fragt später nach der Antwort (derselbe Idempotency-Key: Sie kann nicht doppelt zuweisen).</translation>
    </message>
    <message>
        <source>Do not rely on this answer: it was changed after the server signed it, or is an old one played back. Send the same request again to get the server&apos;s own answer (the same Idempotency-Key: it cannot assign twice).</source>
        <extracomment>Not authentic for a reason the public key has no part in: the signature is sound, the answer around it is not (edited after signing, replayed, stale). Checking the key would be the wrong advice (issue 28).</extracomment>
        <translation>Verlassen Sie sich nicht auf diese Antwort: Sie wurde geändert, nachdem der Server sie signiert hat, oder ist eine alte, erneut abgespielte. Senden Sie dieselbe Anfrage erneut, um die Antwort des Servers selbst zu erhalten (derselbe Idempotency-Key: er kann nicht doppelt zuweisen).</translation>
    </message>
    <message>
        <source>Check the license key with your vendor or in the vendor&apos;s portal: it is invalid, or it was assigned elsewhere.</source>
        <translation>Prüfen Sie den Lizenzschlüssel beim Anbieter oder in dessen Portal: Er ist ungültig oder wurde anderswo zugewiesen.</translation>
    </message>
    <message>
        <source>Use another license key for this customer, or ask your vendor to move this one.</source>
        <extracomment>The sentence a person reads (&quot;&quot; when nothing is left to do).</extracomment>
        <translation>Verwenden Sie für diesen Kunden einen anderen Lizenzschlüssel, oder bitten Sie Ihren Anbieter, diesen umzuschreiben.</translation>
    </message>
    <message>
        <source>Check the license key and the order with your vendor or in the vendor&apos;s portal.</source>
        <translation>Prüfen Sie Lizenzschlüssel und Bestellung beim Anbieter oder in dessen Portal.</translation>
    </message>
    <message>
        <source>The server refused the API key, not the license key: check the API key in Settings (copy it again from the vendor&apos;s portal), or ask your vendor.</source>
        <extracomment>The headline&apos;s next step after any API-key refusal (100–103).</extracomment>
        <translation>Der Server hat den API-Schlüssel abgelehnt, nicht den Lizenzschlüssel: Prüfen Sie den API-Schlüssel in den Einstellungen (kopieren Sie ihn erneut aus dem Portal des Anbieters), oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>Try again later with the same details: the same request is sent again and cannot assign twice. If it persists, tell your vendor what was sent: the license key, the time and the Idempotency-Key.</source>
        <translation>Versuchen Sie es später mit denselben Angaben erneut: Dieselbe Anfrage wird erneut gesendet und kann nicht doppelt zuweisen. Hält es an, nennen Sie Ihrem Anbieter, was gesendet wurde: den Lizenzschlüssel, die Uhrzeit und den Idempotency-Key.</translation>
    </message>
    <message>
        <source>Check now: ask the server for this request&apos;s answer (the same Idempotency-Key: it cannot assign twice).</source>
        <translation>Jetzt prüfen: Fragen Sie den Server nach der Antwort auf diese Anfrage (derselbe Idempotency-Key: Sie kann nicht doppelt zuweisen).</translation>
    </message>
    <message>
        <source>Nothing was sent. Send it again when you are ready.</source>
        <translation>Es wurde nichts gesendet. Senden Sie die Anfrage erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Nothing reached the server: check the connection and the server address in Settings, then send again.</source>
        <translation>Nichts hat den Server erreicht: Prüfen Sie die Verbindung und die Serveradresse in den Einstellungen, und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Do not rely on this answer. Check the profile&apos;s public key in Settings, or ask your vendor whether their signing key changed.</source>
        <translation>Verlassen Sie sich nicht auf diese Antwort. Prüfen Sie den öffentlichen Schlüssel des Profils in den Einstellungen, oder fragen Sie Ihren Anbieter, ob sich sein Signaturschlüssel geändert hat.</translation>
    </message>
    <message>
        <source>The vendor&apos;s server has no license keys left for this: ask your vendor for more.</source>
        <translation>Der Server des Anbieters hat dafür keine Lizenzschlüssel mehr: Bitten Sie Ihren Anbieter um weitere.</translation>
    </message>
</context>
<context>
    <name>HeadlineBanner</name>
    <message>
        <source>For: {request}</source>
        <extracomment>Stand-ins for the few headline symbols some desktop fonts lack (a box would say nothing). The neutral fill of a result that belongs to the previous request (the form changed). An answer came back from the server (else: nothing, or this computer&apos;s record). A deliberate send again (&quot;Send anyway&quot;). The signed code, when there is one (a next step can depend on it). The request&apos;s Idempotency-Key (&quot;&quot; when none was made). The verdict&apos;s reason (the next step of a not-authentic answer depends on it). The next step&apos;s button was pressed: a :class:`NextAction` value.</extracomment>
        <translation>Für: {request}</translation>
    </message>
    <message>
        <source>For: a saved response (it does not name the request)</source>
        <translation>Für: eine gespeicherte Antwort (sie nennt die Anfrage nicht)</translation>
    </message>
    <message>
        <source>Answered {time}</source>
        <translation>Beantwortet {time}</translation>
    </message>
    <message>
        <source>At {time}</source>
        <translation>Um {time}</translation>
    </message>
    <message>
        <source>Next step: {words}</source>
        <translation>Nächster Schritt: {words}</translation>
    </message>
    <message>
        <source>Outcome: {words}</source>
        <translation>Ergebnis: {words}</translation>
    </message>
    <message>
        <source>For the previous request: {request}. The form has changed since; press Assign to send the new one.</source>
        <translation>Für die vorige Anfrage: {request}. Das Formular wurde seither geändert; drücken Sie „Zuweisen“, um die neue zu senden.</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Einstellungen ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Je&amp;tzt prüfen</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>E&amp;rneut senden</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>History cannot be written: {problem}. Free some space, or assign without recording it (licensegui-cli --no-history).</source>
        <extracomment>The response&apos;s ``signature`` text, kept to recognise a replayed answer. Unix time the answer arrived (the replay check&apos;s clock); None for old rows. The batch this attempt belongs to (its id), None for a single assignment. The id of the earlier attempt with an unknown outcome that this one&apos;s answer resolves. A deliberate &quot;send anyway&quot; of a request already assigned (not a new assignment).</extracomment>
        <translation>Der Verlauf kann nicht geschrieben werden: {problem}. Schaffen Sie Platz, oder weisen Sie zu, ohne aufzuzeichnen (licensegui-cli --no-history).</translation>
    </message>
    <message>
        <source>History cannot be opened: {place} cannot be written (a read-only disk or folder). Choose a writable folder (LICENSEGUI_HOME), or assign without recording it (licensegui-cli --no-history).</source>
        <translation>Der Verlauf kann nicht geöffnet werden: {place} ist nicht beschreibbar (ein schreibgeschützter Datenträger oder Ordner). Wählen Sie einen beschreibbaren Ordner (LICENSEGUI_HOME) oder weisen Sie zu, ohne es aufzuzeichnen (licensegui-cli --no-history).</translation>
    </message>
    <message>
        <source>The history folder {parent} cannot be created: {reason}.</source>
        <extracomment>Where a damaged database was moved to, when this store had to start afresh. The names the last :meth:`erase_owner` found for the email (to find mentions of them elsewhere: journals, set-aside copies).</extracomment>
        <translation>Der Verlaufsordner {parent} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>History cannot be opened: {exc}.</source>
        <translation>Der Verlauf kann nicht geöffnet werden: {exc}.</translation>
    </message>
    <message>
        <source>The history database is damaged ({exc}) and could not be moved aside: {reason}.</source>
        <translation>Die Verlaufsdatenbank ist beschädigt ({exc}) und konnte nicht beiseitegelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>The history database was damaged and has been set aside as {recovered_from}; a new one was started. Nothing was deleted.</source>
        <translation>Die Verlaufsdatenbank war beschädigt und wurde als {recovered_from} beiseitegelegt; eine neue wurde angelegt. Es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>NOT verified: {why}</source>
        <translation>NICHT verifiziert: {why}</translation>
    </message>
    <message>
        <source>All attempts</source>
        <extracomment>Widest the message column is sized to; longer messages elide (the tooltip has them whole). Filter label → (verified, code) arguments for HistoryStore.query.</extracomment>
        <translation>Alle Versuche</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT verifiziert</translation>
    </message>
    <message>
        <source>Assigned (800)</source>
        <translation>Zugewiesen (800)</translation>
    </message>
    <message>
        <source>Refused (801)</source>
        <translation>Abgelehnt (801)</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verifiziert.</translation>
    </message>
    <message>
        <source>NOT verified: {why} ({reason}).</source>
        <translation>NICHT verifiziert: {why} ({reason}).</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>sent again (repeat)</source>
        <translation>erneut gesendet (Wiederholung)</translation>
    </message>
    <message>
        <source>resolves attempt #{id}</source>
        <translation>klärt Versuch #{id}</translation>
    </message>
    <message>
        <source>Cancelled before an answer.</source>
        <translation>Vor einer Antwort abgebrochen.</translation>
    </message>
    <message>
        <source>No answer: the request failed.</source>
        <translation>Keine Antwort: Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Outcome unknown: the request went out and no answer came back.</source>
        <translation>Ergebnis unbekannt: Die Anfrage wurde gesendet, aber es kam keine Antwort.</translation>
    </message>
    <message>
        <source>Not sent: the address is not secure.</source>
        <translation>Nicht gesendet: Die Adresse ist nicht sicher.</translation>
    </message>
    <message>
        <source>Not sent: check the server&apos;s address and certificate.</source>
        <translation>Nicht gesendet: Prüfen Sie Adresse und Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Rows the table shows; the export is not capped.</extracomment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>license key, owner, email, message…</source>
        <translation>Lizenzschlüssel, Inhaber, E-Mail, Meldung…</translation>
    </message>
    <message>
        <source>Accents and case do not matter: “muller” finds “Müller”.</source>
        <translation>Akzente und Groß-/Kleinschreibung spielen keine Rolle: „muller“ findet „Müller“.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>Zuweisungsverlauf</translation>
    </message>
    <message>
        <source>Re-verification result</source>
        <translation>Ergebnis der erneuten Prüfung</translation>
    </message>
    <message>
        <source>&amp;Re-verify selected</source>
        <translation>Auswahl e&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Newest {count} shown: search or filter to narrow down (the export includes every match)</source>
        <translation>Die neuesten {count} werden angezeigt: Suchen oder filtern Sie, um einzugrenzen (der Export enthält alle Treffer)</translation>
    </message>
    <message>
        <source>E&amp;xport filtered rows…</source>
        <translation>Gefilterte Zeilen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n Zeile nach {path} exportiert.</numerusform>
            <numerusform>%n Zeilen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A search or filter is on: {shown} of {every} rows match. Which rows should be exported?</source>
        <translation>Eine Suche oder ein Filter ist aktiv: {shown} von {every} Zeilen passen. Welche Zeilen sollen exportiert werden?</translation>
    </message>
    <message numerus="yes">
        <source>Export %n filtered row(s)</source>
        <translation>
            <numerusform>%n gefilterte Zeile exportieren</numerusform>
            <numerusform>%n gefilterte Zeilen exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n row(s)</source>
        <translation>
            <numerusform>Die %n Zeile exportieren</numerusform>
            <numerusform>Alle %n Zeilen exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt #{id} was not re-verified: see the main window.</source>
        <translation>Versuch #{id} wurde nicht erneut geprüft: siehe Hauptfenster.</translation>
    </message>
    <message>
        <source>signature verified with today&apos;s keys ({key})</source>
        <translation>Signatur mit den heutigen Schlüsseln verifiziert ({key})</translation>
    </message>
    <message>
        <source>signature NOT verified: {why} ({reason})</source>
        <translation>Signatur NICHT verifiziert: {why} ({reason})</translation>
    </message>
    <message>
        <source>Attempt #{id} re-verified: {outcome} — {seal}.</source>
        <translation>Versuch #{id} erneut geprüft: {outcome} — {seal}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E&amp;xport %n filtered row(s)…</source>
        <translation>
            <numerusform>%n gefilterte Zeile e&amp;xportieren…</numerusform>
            <numerusform>%n gefilterte Zeilen e&amp;xportieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E&amp;xport all %n row(s)…</source>
        <translation>
            <numerusform>Die %n Zeile e&amp;xportieren…</numerusform>
            <numerusform>Alle %n Zeilen e&amp;xportieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Queued (807)</source>
        <translation>In der Warteschlange (807)</translation>
    </message>
    <message>
        <source>Nothing to verify</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <source>This attempt got no response: {detail}</source>
        <translation>Dieser Versuch erhielt keine Antwort: {detail}</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Could not write: {reason}.</source>
        <translation>Schreiben nicht möglich: {reason}.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>A journal already exists at {path}; it was not overwritten.</source>
        <translation>Unter {path} gibt es bereits ein Journal; es wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>Cannot create {parent}: {reason}.</source>
        <translation>{parent} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {exc}.</source>
        <translation>Das Journal {path} kann nicht geschrieben werden: {exc}.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>{path} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot use the journal {path}: {reason}; it was left as it is and nothing was sent.</source>
        <translation>Das Journal {path} kann nicht verwendet werden: {reason}; es wurde belassen, wie es ist, und nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>No journal at {path}.</source>
        <translation>Kein Journal unter {path}.</translation>
    </message>
    <message>
        <source>Cannot read the journal {path}: {reason}.</source>
        <translation>Das Journal {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a licensegui batch journal (or it is damaged); it was left as it is and nothing was sent.</source>
        <translation>{path} ist kein Stapel-Journal von licensegui (oder es ist beschädigt); es wurde unverändert gelassen, und es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>{path} is not a licensegui batch journal this version can read.</source>
        <translation>{path} ist ein Stapel-Journal, das diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({integrity}). It was left as it is; nothing was sent.</source>
        <translation>Das Journal {path} ist beschädigt ({integrity}). Es wurde unverändert gelassen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cannot write a journal in the folder {folder}: it is read-only (or not yours). Choose another folder (--journal).</source>
        <translation>Im Ordner {folder} kann kein Journal geschrieben werden: er ist schreibgeschützt (oder gehört Ihnen nicht). Wählen Sie einen anderen Ordner (--journal).</translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {problem}.</source>
        <translation>Das Journal {path} kann nicht geschrieben werden: {problem}.</translation>
    </message>
    <message>
        <source>The journal {path} is in use by another licensegui (a window or licensegui-cli running this batch). Let it finish or stop it first.</source>
        <translation>Das Journal {path} wird von einem anderen licensegui verwendet (einem Fenster oder licensegui-cli, das diesen Stapel ausführt). Lassen Sie es fertig laufen oder stoppen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {exc}.</source>
        <translation>Das Journal {path} kann nicht geöffnet werden: {exc}.</translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {error}.</source>
        <translation>Das Journal {path} kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <source>Row {n} is not waiting to be sent ({state}).</source>
        <translation>Zeile {n} wartet nicht auf den Versand ({state}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <extracomment>The .xlsx&apos;s outcome columns: what a person reads first (status, the outcome in words, the server&apos;s code and message, when it was signed, the request&apos;s Idempotency-Key), then the rest of what the CSV has. Rows the ledger answered: nothing went out for them (issue 28), so no HTTP status of their own, and &quot;not sent&quot; rather than a verification that was never made now.</extracomment>
        <translation>{path} kann nicht geschrieben werden: es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>JournalPrivacy</name>
    <message>
        <source>The batch journal {path} is in use by a running batch; the owner was not erased from it. Erase again once it has finished.</source>
        <extracomment>Journals a running batch holds: not changed. Rows of the owner still to be sent by an unfinished batch: not changed. Journals that could not be read (damaged): not changed. Damaged histories set aside that could not be read and still hold the address. The demo&apos;s records of who holds its keys, when they could not be erased from.</extracomment>
        <translation>Das Stapel-Journal {path} wird von einem laufenden Stapel verwendet; der Inhaber wurde darin nicht gelöscht. Löschen Sie erneut, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>{n} row(s) of this owner are still to be sent by an unfinished batch and were kept; erase again once it has finished.</source>
        <translation>{n} Zeile(n) dieses Inhabers muss ein unfertiger Stapel noch senden; sie wurden behalten. Löschen Sie erneut, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>The batch journal {path} could not be read; the owner may still be in it.</source>
        <translation>Das Stapel-Journal {path} konnte nicht gelesen werden; der Inhaber ist möglicherweise noch darin.</translation>
    </message>
    <message>
        <source>The damaged history set aside as {path} cannot be read and still holds the owner&apos;s address; delete it to erase them.</source>
        <translation>Der beiseitegelegte beschädigte Verlauf {path} kann nicht gelesen werden und enthält noch die Adresse des Inhabers; löschen Sie ihn, um den Inhaber zu löschen.</translation>
    </message>
    <message>
        <source>The demo&apos;s records {path} could not be read; the owner may still be in them. Quit the demo and delete its folder to erase them.</source>
        <translation>Die Aufzeichnungen der Demo {path} konnten nicht gelesen werden; der Inhaber kann noch darin stehen. Beenden Sie die Demo und löschen Sie ihren Ordner, um ihn zu löschen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO — a local sandbox server on this computer; nothing is sent to a vendor.</source>
        <extracomment>The demo sandbox is starting after the first paint (see ui.app): say so till then. Actions that would mix another source into a live request&apos;s result.</extracomment>
        <translation>DEMO — ein lokaler Sandbox-Server auf diesem Computer; es wird nichts an einen Hersteller gesendet.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Demo-Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Checking where the API key is kept…</source>
        <translation>Es wird geprüft, wo der API-Schlüssel liegt…</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Send a&amp;nyway</source>
        <translation>Trotzdem se&amp;nden</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>DEMO — a temporary sandbox: another licensegui window runs this computer&apos;s demo, so this one forgets its keys when it quits.</source>
        <translation>DEMO — eine vorübergehende Sandbox: Ein anderes licensegui-Fenster führt die Demo dieses Computers aus, daher vergisst diese ihre Schlüssel beim Beenden.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: {error}</source>
        <translation>Die Demo-Sandbox konnte nicht starten: {error}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Verify saved response…</source>
        <translation>Gespeicherte Antwort &amp;prüfen…</translation>
    </message>
    <message>
        <source>Verify &amp;pasted response…</source>
        <translation>&amp;Eingefügte Antwort prüfen…</translation>
    </message>
    <message>
        <source>&amp;Save response as…</source>
        <translation>Antwort &amp;speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Batch assign…</source>
        <translation>Stapel&amp;zuweisung…</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Unknown outcomes…</source>
        <translation>&amp;Unbekannte Ergebnisse…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About licensegui</source>
        <translation>Ü&amp;ber licensegui</translation>
    </message>
    <message>
        <source>kept in memory for this session only — never written to disk.</source>
        <translation>nur für diese Sitzung im Arbeitsspeicher gehalten – nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>not set yet — you will be asked for it at the first assignment, and it can be stored in {backend}.</source>
        <translation>noch nicht festgelegt – er wird bei der ersten Zuweisung abgefragt und kann in {backend} gespeichert werden.</translation>
    </message>
    <message>
        <source>not set yet — you will be asked for it at the first assignment and it is kept for this session only (no keyring available on this system).</source>
        <translation>noch nicht festgelegt – er wird bei der ersten Zuweisung abgefragt und nur für diese Sitzung behalten (kein Schlüsselbund auf diesem System verfügbar).</translation>
    </message>
    <message>
        <source>No profile yet: open Settings to add your vendor&apos;s server.</source>
        <translation>Noch kein Profil: Öffnen Sie die Einstellungen und fügen Sie den Server Ihres Herstellers hinzu.</translation>
    </message>
    <message>
        <source>none — import one in Settings</source>
        <translation>keiner — importieren Sie einen in den Einstellungen</translation>
    </message>
    <message>
        <source>API key: {where}</source>
        <translation>API-Schlüssel: {where}</translation>
    </message>
    <message>
        <source>{text}  ·  Trusted public keys: {keys}</source>
        <translation>{text}  ·  Vertrauenswürdige öffentliche Schlüssel: {keys}</translation>
    </message>
    <message>
        <source>API key: checking the keyring…  ·  Trusted public keys: {keys}</source>
        <translation>API-Schlüssel: Schlüsselbund wird geprüft…  ·  Vertrauenswürdige öffentliche Schlüssel: {keys}</translation>
    </message>
    <message>
        <source>No public key</source>
        <extracomment>How long after an answer the same form&apos;s Return is taken for a repeat of the press. (profile, request, when) of the last answer: a second Return on the unchanged form a moment after it is no new request (issue 28). The last request the ledger answered without sending (for &quot;Send anyway&quot;). The last request sent (for &quot;Check now&quot; / &quot;Send again&quot; from its headline).</extracomment>
        <translation>Kein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>The profile “{name}” has no public key, so no answer could be verified. Import the vendor&apos;s public key in Settings first.</source>
        <translation>Das Profil „{name}“ hat keinen öffentlichen Schlüssel, daher könnte keine Antwort verifiziert werden. Importieren Sie zuerst in den Einstellungen den öffentlichen Schlüssel des Herstellers.</translation>
    </message>
    <message>
        <source>Already assigned to this owner on {when} by this computer</source>
        <translation>Bereits am {when} von diesem Computer diesem Inhaber zugewiesen</translation>
    </message>
    <message>
        <source>Not sent again: this computer&apos;s history holds the server&apos;s signed answer, shown below as the receipt. “Send anyway” sends the same request again (the same Idempotency-Key while the server remembers it).</source>
        <translation>Nicht erneut gesendet: Der Verlauf dieses Computers enthält die signierte Antwort des Servers, unten als Beleg gezeigt. „Trotzdem senden“ sendet dieselbe Anfrage erneut (mit demselben Idempotency-Key, solange der Server ihn kennt).</translation>
    </message>
    <message>
        <source>The server refused (801) because the key is already assigned — to this owner, by this computer.</source>
        <translation>Der Server lehnte ab (801), weil der Schlüssel bereits zugewiesen ist – diesem Inhaber, von diesem Computer.</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by this computer</source>
        <translation>Bereits am {when} von diesem Computer {owner} ({email}) zugewiesen</translation>
    </message>
    <message>
        <source>Not sent: this computer assigned this key to someone else. “Send anyway” asks the server regardless (it will most likely refuse: 801).</source>
        <translation>Nicht gesendet: Dieser Computer hat den Schlüssel jemand anderem zugewiesen. „Trotzdem senden“ fragt den Server dennoch (er lehnt sehr wahrscheinlich ab: 801).</translation>
    </message>
    <message>
        <source>The server refused (801): this computer assigned the key to {owner} ({email}) on {when}.</source>
        <translation>Der Server lehnte ab (801): Dieser Computer hat den Schlüssel am {when} {owner} ({email}) zugewiesen.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Bereits zugewiesen</translation>
    </message>
    <message>
        <source>Assigned elsewhere</source>
        <translation>Anderswo zugewiesen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Not authentic</source>
        <translation>Nicht authentisch</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>Weiterhin unbekannt</translation>
    </message>
    <message>
        <source>A request is out</source>
        <translation>Eine Anfrage läuft</translation>
    </message>
    <message>
        <source>An assignment request is waiting for the server&apos;s answer. Quit anyway? The server may still assign the key: the attempt is kept as an unknown outcome, offered for checking at the next start (with the same Idempotency-Key, so nothing is assigned twice).</source>
        <translation>Eine Zuweisungsanfrage wartet auf die Antwort des Servers. Trotzdem beenden? Der Server kann den Schlüssel noch zuweisen: Der Versuch bleibt als unbekanntes Ergebnis erhalten und wird beim nächsten Start zur Prüfung angeboten (mit demselben Idempotency-Key, also wird nichts doppelt zugewiesen).</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <source>Unknown outcomes</source>
        <translation>Unbekannte Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) went out without an answer (a quit, a lost connection): the server may have assigned the key. Check now asks the server again with the same Idempotency-Key, so nothing is assigned twice.</source>
        <translation>
            <numerusform>%n Anfrage wurde ohne Antwort gesendet (Beenden, verlorene Verbindung): Der Server hat den Schlüssel möglicherweise zugewiesen. „Jetzt prüfen“ fragt den Server erneut mit demselben Idempotency-Key, also wird nichts doppelt zugewiesen.</numerusform>
            <numerusform>%n Anfragen wurden ohne Antwort gesendet (Beenden, verlorene Verbindung): Der Server hat den Schlüssel möglicherweise zugewiesen. „Jetzt prüfen“ fragt den Server erneut mit demselben Idempotency-Key, also wird nichts doppelt zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Check now: {license_key}</source>
        <translation>Jetzt prüfen: {license_key}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Answered (see History)</source>
        <translation>Beantwortet (siehe Verlauf)</translation>
    </message>
    <message>
        <source>Every request this computer sent has a known outcome: none is waiting to be checked.</source>
        <translation>Jede Anfrage, die dieser Computer gesendet hat, hat ein bekanntes Ergebnis: keine wartet auf eine Prüfung.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>The profile “{name}” no longer exists, so the request cannot be sent again from here.</source>
        <translation>Das Profil „{name}“ existiert nicht mehr, daher kann die Anfrage von hier nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Live answer</source>
        <translation>Live-Antwort</translation>
    </message>
    <message>
        <source>Answered in {ms} ms</source>
        <translation>Antwort nach {ms} ms</translation>
    </message>
    <message>
        <source>{status} · sent again: marked as a repeat in history</source>
        <translation>{status} · erneut gesendet: im Verlauf als Wiederholung markiert</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Stored answer (receipt)</source>
        <translation>Gespeicherte Antwort (Beleg)</translation>
    </message>
    <message>
        <source>Not sent: the team ledger answered.</source>
        <translation>Nicht gesendet: Das Team-Register hat geantwortet.</translation>
    </message>
    <message>
        <source>Not sent: this computer&apos;s history answered.</source>
        <translation>Nicht gesendet: Der Verlauf dieses Computers hat geantwortet.</translation>
    </message>
    <message>
        <source>The request did not complete; see below.</source>
        <translation>Die Anfrage wurde nicht abgeschlossen; siehe unten.</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>{message} Pressing Assign again re-sends the same request (same Idempotency-Key): it cannot assign twice.</source>
        <translation>{message} Ein erneuter Klick auf Zuweisen sendet dieselbe Anfrage erneut (gleicher Idempotency-Key): Sie kann nicht doppelt zuweisen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The request was cancelled. If the server received it, the key may be assigned: pressing Assign again asks the server for the same request&apos;s answer, without assigning twice.</source>
        <translation>Die Anfrage wurde abgebrochen. Falls der Server sie erhalten hat, ist der Schlüssel möglicherweise zugewiesen: Ein erneuter Klick auf Zuweisen fragt den Server nach der Antwort auf dieselbe Anfrage, ohne doppelt zuzuweisen.</translation>
    </message>
    <message>
        <source>The request was cancelled after it went out.</source>
        <translation>Die Anfrage wurde abgebrochen, nachdem sie gesendet war.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>The request went out and no answer came back: the server may have assigned the key. Press Assign again to learn the outcome (the same Idempotency-Key: it cannot assign twice).</source>
        <translation>Die Anfrage wurde gesendet, aber keine Antwort kam zurück: Der Server hat den Schlüssel möglicherweise zugewiesen. Drücken Sie erneut auf Zuweisen, um das Ergebnis zu erfahren (derselbe Idempotency-Key: keine doppelte Zuweisung möglich).</translation>
    </message>
    <message>
        <source>The team ledger cannot be reached ({problem}): decided with this computer&apos;s knowledge only; it is shared once the team ledger is back.</source>
        <translation>Das Team-Register ist nicht erreichbar ({problem}): nur mit dem Wissen dieses Computers entschieden; es wird geteilt, sobald das Team-Register wieder da ist.</translation>
    </message>
    <message>
        <source>Outcome: {title}</source>
        <translation>Ergebnis: {title}</translation>
    </message>
    <message>
        <source>No signed answer</source>
        <translation>Keine signierte Antwort</translation>
    </message>
    <message>
        <source>Still assigned to this owner</source>
        <translation>Weiterhin diesem Inhaber zugewiesen</translation>
    </message>
    <message>
        <source>Sent again on purpose: the server confirmed the assignment it had made; nothing new was assigned.</source>
        <translation>Absichtlich erneut gesendet: Der Server hat seine frühere Zuweisung bestätigt; es wurde nichts neu zugewiesen.</translation>
    </message>
    <message>
        <source>Not checked: {source} would be mixed with the request in progress. Wait for it, or cancel it first.</source>
        <translation>Nicht geprüft: {source} würde mit der laufenden Anfrage vermischt. Warten Sie auf sie oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Add a profile with the vendor&apos;s public key in Settings first.</source>
        <translation>Fügen Sie zuerst in den Einstellungen ein Profil mit dem öffentlichen Schlüssel des Herstellers hinzu.</translation>
    </message>
    <message>
        <source>{source} (checked with “{name}”)</source>
        <translation>{source} (geprüft mit „{name}“)</translation>
    </message>
    <message>
        <source>Checked {source}</source>
        <translation>{source} geprüft</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>{path} is too large to be a response.</source>
        <translation>{path} ist zu groß für eine Antwort.</translation>
    </message>
    <message>
        <source>Verify a saved response</source>
        <translation>Gespeicherte Antwort prüfen</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pasted response</source>
        <translation>Eingefügte Antwort</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Abgelegter Text</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Wait for the request to finish first.</source>
        <translation>Warten Sie zuerst, bis die Anfrage fertig ist.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Not every API key change was made:</source>
        <translation>Nicht alle Änderungen an API-Schlüsseln wurden ausgeführt:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The history cannot be opened: {error}</source>
        <translation>Der Verlauf kann nicht geöffnet werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source> (%n more unfinished)</source>
        <translation>
            <numerusform> (%n weiterer unvollendet)</numerusform>
            <numerusform> (%n weitere unvollendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Unvollendeter Stapel</translation>
    </message>
    <message>
        <source>The batch “{input_name}” started {when} against {base_url} was stopped before it finished: {left} rows are not done{more}. Open it to resume? Rows already sent are re-sent with the same keys, so nothing is assigned twice.</source>
        <translation>Der Stapel „{input_name}“, gestartet am {when} gegen {base_url}, wurde vor dem Ende gestoppt: {left} Zeilen sind nicht erledigt{more}. Zum Fortsetzen öffnen? Bereits gesendete Zeilen werden mit denselben Schlüsseln erneut gesendet, sodass nichts doppelt zugewiesen wird.</translation>
    </message>
    <message>
        <source>Open the batch</source>
        <translation>Stapel öffnen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Profile no longer exists</source>
        <translation>Profil existiert nicht mehr</translation>
    </message>
    <message>
        <source>Attempt #{id} was made with the profile “{profile}”, which no longer exists. Check it with the keys of “{name}”?</source>
        <translation>Versuch Nr. {id} wurde mit dem Profil „{profile}“ gemacht, das nicht mehr existiert. Mit den Schlüsseln von „{name}“ prüfen?</translation>
    </message>
    <message>
        <source>Check with these keys</source>
        <translation>Mit diesen Schlüsseln prüfen</translation>
    </message>
    <message>
        <source>History #{id}</source>
        <translation>Verlauf Nr. {id}</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Some checks failed: see the details, and send them to support.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen: Sehen Sie sich die Einzelheiten an und senden Sie sie an den Support.</translation>
    </message>
    <message>
        <source>The details are in English, for support.</source>
        <translation>Die Details sind auf Englisch, für den Support.</translation>
    </message>
    <message>
        <source>About licensegui</source>
        <translation>Über licensegui</translation>
    </message>
    <message>
        <source>Assign license keys on a Key Manager server and verify, truthfully, that its answers are authentic.</source>
        <translation>Lizenzschlüssel auf einem Key-Manager-Server zuweisen und wahrheitsgemäß prüfen, ob seine Antworten echt sind.</translation>
    </message>
    <message>
        <source>Qt {qt} · API key storage: {storage}</source>
        <translation>Qt {qt} · Speicherort des API-Schlüssels: {storage}</translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation>Protokolle: {folder}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>invalid API key</source>
        <translation>ungültiger API-Schlüssel</translation>
    </message>
    <message>
        <source>The server does not know this API key. Check it in Settings → API key (copy it again from the vendor&apos;s portal).</source>
        <translation>Der Server kennt diesen API-Schlüssel nicht. Prüfen Sie ihn unter Einstellungen → API-Schlüssel (kopieren Sie ihn erneut aus dem Portal des Herstellers).</translation>
    </message>
    <message>
        <source>inactive API key</source>
        <translation>inaktiver API-Schlüssel</translation>
    </message>
    <message>
        <source>This API key is inactive. Ask your vendor to re-activate it.</source>
        <translation>Dieser API-Schlüssel ist inaktiv. Bitten Sie Ihren Hersteller, ihn wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>API key lacks permission</source>
        <translation>dem API-Schlüssel fehlt die Berechtigung</translation>
    </message>
    <message>
        <source>This API key may not assign license keys. Ask your vendor to grant that permission.</source>
        <translation>Dieser API-Schlüssel darf keine Lizenzschlüssel zuweisen. Bitten Sie Ihren Hersteller um diese Berechtigung.</translation>
    </message>
    <message>
        <source>API key not allowed from this IP address</source>
        <translation>API-Schlüssel von dieser IP-Adresse aus nicht erlaubt</translation>
    </message>
    <message>
        <source>This API key cannot be used from your IP address. Ask your vendor to allow it.</source>
        <translation>Dieser API-Schlüssel kann von Ihrer IP-Adresse aus nicht verwendet werden. Bitten Sie Ihren Hersteller, sie freizugeben.</translation>
    </message>
    <message>
        <source>The server denies this computer access (a blocked IP address or identifier). Ask your vendor.</source>
        <translation>Der Server verweigert diesem Computer den Zugriff (eine gesperrte IP-Adresse oder Kennung). Fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>license key assigned</source>
        <translation>Lizenzschlüssel zugewiesen</translation>
    </message>
    <message>
        <source>invalid or already assigned</source>
        <translation>ungültig oder bereits zugewiesen</translation>
    </message>
    <message>
        <source>insufficient license keys</source>
        <translation>nicht genügend Lizenzschlüssel</translation>
    </message>
    <message>
        <source>license keys assigned (bulk)</source>
        <translation>Lizenzschlüssel zugewiesen (Sammelzuweisung)</translation>
    </message>
    <message>
        <source>product not found</source>
        <translation>Produkt nicht gefunden</translation>
    </message>
    <message>
        <source>generator not found</source>
        <translation>Generator nicht gefunden</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>an error (HTTP {http_status})</source>
        <extracomment>What the outcome line shows of a server&apos;s message at most (the details pane has it all). 9999-12-31: past this, platform time functions overflow (or raise) on some systems.</extracomment>
        <translation>einem Fehler (HTTP {http_status})</translation>
    </message>
    <message>
        <source>something else (HTTP {http_status})</source>
        <translation>etwas anderem (HTTP {http_status})</translation>
    </message>
    <message>
        <source>Server error (HTTP {http_status})</source>
        <translation>Serverfehler (HTTP {http_status})</translation>
    </message>
    <message>
        <source>No signed answer (HTTP {http_status})</source>
        <translation>Keine signierte Antwort (HTTP {http_status})</translation>
    </message>
    <message>
        <source>The server answered with {what}, not a signed answer. Nothing was verified; try again later, or ask your vendor if it persists.</source>
        <translation>Der Server antwortete mit {what}, nicht mit einer signierten Antwort. Es wurde nichts verifiziert; versuchen Sie es später erneut oder fragen Sie Ihren Hersteller, wenn es so bleibt.</translation>
    </message>
    <message>
        <source> It claims {code} “{message}”.</source>
        <translation> Sie behauptet {code} „{message}“.</translation>
    </message>
    <message>
        <source>Unknown — the answer is not authentic</source>
        <translation>Unbekannt — die Antwort ist nicht echt</translation>
    </message>
    <message>
        <source>Do not rely on this answer: it could not be shown to come from your vendor&apos;s server.{claim} Check again, or ask your vendor.</source>
        <translation>Verlassen Sie sich nicht auf diese Antwort: Es ließ sich nicht zeigen, dass sie vom Server Ihres Herstellers stammt.{claim} Prüfen Sie erneut oder fragen Sie Ihren Hersteller.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>The license key is now assigned to this owner.</source>
        <translation>Der Lizenzschlüssel ist jetzt diesem Inhaber zugewiesen.</translation>
    </message>
    <message>
        <source>Assigned (bulk)</source>
        <translation>Zugewiesen (Sammelauftrag)</translation>
    </message>
    <message>
        <source>request queued</source>
        <translation>Anfrage in Warteschlange</translation>
    </message>
    <message>
        <source>Queued (807)</source>
        <translation>In Warteschlange (807)</translation>
    </message>
    <message>
        <source>The server queued the request; check later.</source>
        <translation>Der Server hat die Anfrage in die Warteschlange gestellt; prüfen Sie später.</translation>
    </message>
    <message>
        <source>API key problem ({code}): {message}</source>
        <translation>Problem mit dem API-Schlüssel ({code}): {message}</translation>
    </message>
    <message>
        <source>Refused ({code}): {meaning}</source>
        <translation>Abgelehnt ({code}): {meaning}</translation>
    </message>
    <message>
        <source>Code {code}: {message}</source>
        <translation>Code {code}: {message}</translation>
    </message>
    <message>
        <source>Not an assignment result.</source>
        <extracomment>Any other code (verify, activate, details codes, or one the API adds later).</extracomment>
        <translation>Kein Zuweisungsergebnis.</translation>
    </message>
    <message>
        <source>Access denied ({code}): {message}</source>
        <translation>Zugriff verweigert ({code}): {message}</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by {staff} on {computer} (team ledger).</source>
        <translation>Bereits {owner} ({email}) zugewiesen am {when} von {staff} auf {computer} (Team-Register).</translation>
    </message>
    <message>
        <source>This computer has no record of this key: it is invalid, or it was assigned elsewhere (another computer, the vendor&apos;s portal).</source>
        <extracomment>After a verified 801 when this computer knows nothing of the key.</extracomment>
        <translation>Dieser Computer kennt diesen Schlüssel nicht: Er ist ungültig oder wurde anderswo zugewiesen (ein anderer Computer, das Portal des Anbieters).</translation>
    </message>
    <message>
        <source>The server says it is already assigned: to this owner, on {when} by this computer.</source>
        <translation>Der Server meldet, dass er bereits zugewiesen ist: diesem Inhaber, am {when} von diesem Computer.</translation>
    </message>
    <message>
        <source>Already assigned to this owner on {when} by this computer. Nothing was sent again; the stored signed answer is the receipt.</source>
        <translation>Bereits diesem Inhaber zugewiesen, am {when} von diesem Computer. Es wurde nichts erneut gesendet; die gespeicherte signierte Antwort ist der Beleg.</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Bereits zugewiesen</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by this computer.</source>
        <translation>Bereits {owner} ({email}) zugewiesen, am {when} von diesem Computer.</translation>
    </message>
    <message>
        <source>{sentence} Nothing was sent.</source>
        <translation>{sentence} Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Assigned to someone else</source>
        <translation>Jemand anderem zugewiesen</translation>
    </message>
    <message>
        <source>This computer holds no answer assigning this key, but its attempt #{attempt} for {owner} ({email}) on {when} has no known outcome and may hold it. Check that attempt (View → Unknown outcomes…, or licensegui-cli history check).</source>
        <translation>Dieser Computer hat keine Antwort, die diesen Schlüssel zuweist, aber sein Versuch #{attempt} für {owner} ({email}) am {when} hat kein bekanntes Ergebnis und könnte ihn zugewiesen haben. Prüfen Sie diesen Versuch (Ansicht → Unbekannte Ergebnisse… oder licensegui-cli history check).</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>The request went out and no answer came back: the server may have assigned the key. Send the same request again to learn the outcome (it is sent with the same Idempotency-Key).</source>
        <translation>Die Anfrage wurde gesendet, aber es kam keine Antwort: Der Server hat den Schlüssel möglicherweise zugewiesen. Senden Sie dieselbe Anfrage erneut, um das Ergebnis zu erfahren (sie wird mit demselben Idempotency-Key gesendet).</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>Signatur verifiziert</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>not a signed response</source>
        <translation>keine signierte Antwort</translation>
    </message>
    <message>
        <source>the server did not sign it</source>
        <translation>der Server hat sie nicht signiert</translation>
    </message>
    <message>
        <source>unknown signing key</source>
        <translation>unbekannter Signaturschlüssel</translation>
    </message>
    <message>
        <source>no {label} key configured</source>
        <translation>kein {label}-Schlüssel eingerichtet</translation>
    </message>
    <message>
        <source>signature is garbled</source>
        <translation>Signatur ist verstümmelt</translation>
    </message>
    <message>
        <source>signature has the wrong size</source>
        <translation>Signatur hat die falsche Länge</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>Signatur stimmt nicht</translation>
    </message>
    <message>
        <source>signed text is garbled</source>
        <translation>signierter Text ist verstümmelt</translation>
    </message>
    <message>
        <source>signed payload is malformed</source>
        <translation>signierter Inhalt ist fehlerhaft</translation>
    </message>
    <message>
        <source>edited after signing</source>
        <translation>nach dem Signieren bearbeitet</translation>
    </message>
    <message>
        <source>stale or replayed</source>
        <translation>veraltet oder wiederholt</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>implausible signed values</source>
        <translation>unplausible signierte Werte</translation>
    </message>
    <message>
        <source>a replayed earlier answer</source>
        <translation>eine wiederholte frühere Antwort</translation>
    </message>
    <message>
        <source>{timestamp} (not a plausible time)</source>
        <translation>{timestamp} (keine plausible Zeit)</translation>
    </message>
    <message>
        <source>in {n} s</source>
        <translation>in {n} s</translation>
    </message>
    <message>
        <source>{n} s ago</source>
        <translation>vor {n} s</translation>
    </message>
    <message>
        <source>in {n} min</source>
        <translation>in {n} min</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>vor {n} min</translation>
    </message>
    <message>
        <source>in {n} h</source>
        <translation>in {n} h</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>vor {n} h</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Verify a pasted response</source>
        <translation>Eingefügte Antwort prüfen</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>Paste the whole response body, exactly as received (Return verifies it; Shift+Return starts a new line):</source>
        <translation>Fügen Sie den ganzen Antworttext genau wie empfangen ein (Eingabe prüft ihn; Umschalt+Eingabe beginnt eine neue Zeile):</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Edited after signing (the signed value counts):</source>
        <translation>Nach dem Signieren bearbeitet (es gilt der signierte Wert):</translation>
    </message>
    <message>
        <source>{field}: signed {signed}, readable copy says {readable}</source>
        <translation>{field}: signiert {signed}, die lesbare Kopie sagt {readable}</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>memory, this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Not stored: no keyring available on this system{why} — kept for this session only.</source>
        <translation>Nicht gespeichert: kein Schlüsselbund auf diesem System verfügbar{why} — nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Stored in {name}.</source>
        <translation>Gespeichert in {name}.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it (or allow access) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt; entsperren Sie ihn (oder erlauben Sie den Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring refused to read the API key: {exc}</source>
        <translation>Der Schlüsselbund hat das Lesen des API-Schlüssels verweigert: {exc}</translation>
    </message>
    <message>
        <source>Not set. {sentence}</source>
        <translation>Nicht festgelegt. {sentence}</translation>
    </message>
    <message>
        <source>kept in memory for this session only — never written to disk.</source>
        <translation>nur für diese Sitzung im Arbeitsspeicher — nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The keyring refused to save the API key: {exc}</source>
        <translation>Der Schlüsselbund hat das Speichern des API-Schlüssels verweigert: {exc}</translation>
    </message>
    <message>
        <source>The keyring refused to delete the API key: {exc}</source>
        <translation>Der Schlüsselbund hat das Löschen des API-Schlüssels verweigert: {exc}</translation>
    </message>
    <message>
        <source>{profile}: the keyring could not keep the API key ({why}); it is kept for this session only and will be asked for again at the next start.</source>
        <translation>{profile}: Der Schlüsselbund konnte den API-Schlüssel nicht aufbewahren ({why}); er wird nur für diese Sitzung gehalten und beim nächsten Start erneut erfragt.</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Replayed: this exact signed answer was already received for attempt #{attempt} at {when} (license key {license_key}). The signature is genuine, but the answer is not for this request. Do not rely on it.</source>
        <extracomment>How far apart (seconds) two genuine answers with the same signed timestamp can be: the server&apos;s clock ticks in whole seconds. See :func:`check_replay`. Allowance for how the time an old row&apos;s answer arrived is estimated (start + elapsed).</extracomment>
        <translation>Wiederholt: Genau diese signierte Antwort kam bereits für Versuch #{attempt} am {when} an (Lizenzschlüssel {license_key}). Die Signatur ist echt, aber die Antwort gilt nicht dieser Anfrage. Verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <source>Not recorded in history: {exc}</source>
        <translation>Nicht im Verlauf gespeichert: {exc}</translation>
    </message>
    <message>
        <source>History could not be consulted before sending: {exc}</source>
        <extracomment>The answer; for ``already_assigned`` the stored signed answer, verified again. (reason, sentence) when there is no answer: ``network_error``, ``cancelled`` or ``insecure_url`` (the server redirected to plain http: nothing was sent there). Whether it went out is ``outcome``: ``unknown`` (it did), ``cancelled`` (never sent). A sentence when the attempt could not be recorded (shown with the result). A :class:`codes.Outcome` value. What the ledger knew (who and when), where that decided or explains the outcome. False when the ledger answered and nothing went out. A deliberate &quot;send anyway&quot; of an already-assigned request. The history id of the unknown outcome this answer resolves. A sentence to show beside the outcome (a re-send after the idempotency window). The team ledger: &quot;consulted&quot;, &quot;offline&quot; (``team_problem`` says why) or &quot;not_configured&quot; (issue 27).</extracomment>
        <translation>Der Verlauf konnte vor dem Senden nicht abgefragt werden: {exc}</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>Sent; no answer has been recorded.</source>
        <translation>Gesendet; es wurde keine Antwort aufgezeichnet.</translation>
    </message>
    <message>
        <source>Sent again exactly as first written ({email}), with the first request&apos;s Idempotency-Key, so that the server answers that request.</source>
        <translation>Erneut genau so gesendet, wie zuerst geschrieben ({email}), mit dem Idempotency-Key der ersten Anfrage, damit der Server diese Anfrage beantwortet.</translation>
    </message>
    <message>
        <source>The first send was on {when}, longer ago than the server is expected to remember it: this re-send may be answered 801 for that very assignment.</source>
        <translation>Das erste Senden war am {when}, länger her, als der Server es sich voraussichtlich merkt: Dieses erneute Senden kann mit 801 beantwortet werden – wegen genau dieser Zuweisung.</translation>
    </message>
    <message>
        <source>Cancelled while the request was out: the server may have acted on it. Send it again to learn the outcome (the same request is answered the same).</source>
        <translation>Abgebrochen, während die Anfrage unterwegs war: Der Server hat sie möglicherweise ausgeführt. Senden Sie sie erneut, um das Ergebnis zu erfahren (dieselbe Anfrage erhält dieselbe Antwort).</translation>
    </message>
    <message>
        <source>Not recorded in history: {history_unavailable}</source>
        <translation>Nicht im Verlauf gespeichert: {history_unavailable}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings could not be read ({strerror}); using defaults.</source>
        <extracomment>The largest settings file read: ours are a few KB (profiles with their public keys). How long a server is expected to remember an Idempotency-Key (the ledger&apos;s window): a minute to 30 days; the default is the common day of idempotency stores. History retention in days; 0 keeps everything. Languages the window can be shown in (&quot;&quot; = as the OS). The names live in the UI. A PEM public key or certificate is a few KiB; anything far larger is not one. The batch window&apos;s &quot;Requests at a time&quot; (the runner&apos;s own bounds, 1 to 8; default 2). Column mappings remembered (by the header&apos;s signature): a few per reseller&apos;s spreadsheets, bounded so a damaged file cannot grow without end; the oldest go first. Demo profiles live for one run and are never written to disk. The team ledger shared with colleagues for this server (a PostgreSQL URL without a password: that lives in the keyring), &quot;&quot; for none; and whether nothing is sent while it cannot be reached (issue 27). Delete attempts older than this many days (personal data); 0 keeps everything. The window&apos;s language: &quot;&quot; follows the OS, else one of LANGUAGE_CODES. How long a request is re-sent with its first Idempotency-Key (see core/ledger.py). The batch window&apos;s &quot;Requests at a time&quot;, as the user last chose it. Batch column mappings the user chose: header signature → {field: header name}. &quot;Your name&quot; in the team ledger; &quot;&quot; for LICENSEGUI_STAFF or the OS user name.</extracomment>
        <translation>Die Einstellungen konnten nicht gelesen werden ({strerror}); es werden Standardwerte verwendet.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as {name}.</source>
        <translation>Die Einstellungsdatei war beschädigt; sie wurde als {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import {label} public key</source>
        <translation>Öffentlichen Schlüssel „{label}“ importieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clear {label} public key</source>
        <translation>Öffentlichen Schlüssel „{label}“ entfernen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the {label} public key</source>
        <translation>SHA-256-Fingerabdruck des öffentlichen Schlüssels {label}</translation>
    </message>
    <message>
        <source>RSA {bits}-bit · SHA-256:</source>
        <translation>RSA {bits} Bit · SHA-256:</translation>
    </message>
    <message>
        <source>Team ledger address</source>
        <extracomment>(url, required) as the user edits them.</extracomment>
        <translation>Adresse des Team-Registers</translation>
    </message>
    <message>
        <source>Send nothing while it cannot be reached</source>
        <translation>Nichts senden, solange es nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>Pass&amp;wort festlegen…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Team ledger password</source>
        <translation>Passwort des Team-Registers</translation>
    </message>
    <message>
        <source>Password of {account} (kept in the keyring):</source>
        <translation>Passwort von {account} (im Schlüsselbund aufbewahrt):</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring ({kind}); give it to libpq by PGPASSWORD or .pgpass instead.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund aufbewahrt werden ({kind}); geben Sie es libpq stattdessen über PGPASSWORD oder .pgpass.</translation>
    </message>
    <message>
        <source>Password kept in the keyring.</source>
        <translation>Passwort im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Not reachable: {problem}</source>
        <translation>Nicht erreichbar: {problem}</translation>
    </message>
    <message>
        <source>Reachable: schema version {version}, {records} records.</source>
        <translation>Erreichbar: Schemaversion {version}, {records} Einträge.</translation>
    </message>
    <message>
        <source>Set up licensegui</source>
        <extracomment>An API key change waiting for OK: (&quot;keyring&quot;|&quot;session&quot;, key) or (&quot;delete&quot;, &quot;&quot;).</extracomment>
        <translation>licensegui einrichten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <extracomment>API key changes to carry out after OK (see key_changes()).</extracomment>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation>Profil &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>Profil &amp;entfernen</translation>
    </message>
    <message>
        <source>Profiles (one per vendor server):</source>
        <translation>Profile (eines pro Herstellerserver):</translation>
    </message>
    <message>
        <source>Set / re&amp;place API key…</source>
        <translation>API-Schlüssel festlegen / &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve API key</source>
        <translation>API-Schlüssel entfer&amp;nen</translation>
    </message>
    <message>
        <source>The demo profile is built in and never saved; its server keeps its keys and what it assigned in this computer&apos;s data folder.</source>
        <translation>Das Demo-Profil ist eingebaut und wird nie gespeichert; sein Server behält seine Schlüssel und seine Zuweisungen im Datenordner dieses Computers.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Global public key:</source>
        <translation>Globaler öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Product public key:</source>
        <translation>Produktschlüssel (öffentlich):</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Team led&amp;ger:</source>
        <translation>Team-Re&amp;gister:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>A new language applies when licensegui starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von licensegui.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Re&amp;play window (±):</source>
        <translation>Wieder&amp;holungsfenster (±):</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit je Anfrage:</translation>
    </message>
    <message>
        <source>default: “{name}”</source>
        <translation>Standard: „{name}“</translation>
    </message>
    <message>
        <source>Your name (team ledger):</source>
        <translation>Ihr Name (Team-Register):</translation>
    </message>
    <message>
        <source>What do I need? (User guide)</source>
        <translation>Was brauche ich? (Benutzerhandbuch)</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Erase an owner…</source>
        <translation>Inhaber &amp;löschen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Keep attempts for:</source>
        <translation>Versuche &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Vendor {n}</source>
        <translation>Hersteller {n}</translation>
    </message>
    <message>
        <source>Import the {label} public key</source>
        <translation>Öffentlichen Schlüssel „{label}“ importieren</translation>
    </message>
    <message>
        <source>PEM public keys (*.pem *.pub *.txt);;All files (*)</source>
        <translation>Öffentliche PEM-Schlüssel (*.pem *.pub *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Will be removed when you press OK.</source>
        <translation>Wird beim Klick auf OK entfernt.</translation>
    </message>
    <message>
        <source>Will be saved in {backend} when you press OK.</source>
        <translation>Wird beim Klick auf OK in {backend} gespeichert.</translation>
    </message>
    <message>
        <source>Will be kept in memory for this session only (when you press OK).</source>
        <translation>Wird nur für diese Sitzung im Arbeitsspeicher gehalten (beim Klick auf OK).</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Set — {where}</source>
        <translation>Festgelegt — {where}</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>API-Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove API key</source>
        <translation>API-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the API key of “{name}” from {where}? It is removed when you press OK; Cancel keeps it.</source>
        <translation>Den API-Schlüssel von „{name}“ aus {where} entfernen? Er wird beim Klick auf OK entfernt; Abbrechen behält ihn.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>How long the server is expected to remember a request&apos;s Idempotency-Key. Within it the same request is sent again with its first key; after it, a re-send may be answered 801.</source>
        <translation>Wie lange der Server sich voraussichtlich an den Idempotency-Key einer Anfrage erinnert. Innerhalb dieser Zeit wird dieselbe Anfrage mit ihrem ersten Schlüssel erneut gesendet; danach kann eine Wiederholung mit 801 beantwortet werden.</translation>
    </message>
    <message>
        <source>Same &amp;request, same key for:</source>
        <translation>Gleiche &amp;Anfrage, gleicher Schlüssel für:</translation>
    </message>
    <message>
        <source>Erase an owner</source>
        <translation>Inhaber löschen</translation>
    </message>
    <message>
        <source>Email of the owner to erase from the history:</source>
        <translation>E-Mail des Inhabers, der aus dem Verlauf gelöscht werden soll:</translation>
    </message>
    <message>
        <source>Remove the name and email of {email} from every attempt in the history? This cannot be undone. (The signed answers stay: they hold no personal data.)</source>
        <translation>Name und E-Mail von {email} aus allen Versuchen im Verlauf entfernen? Das kann nicht rückgängig gemacht werden. (Die signierten Antworten bleiben: Sie enthalten keine personenbezogenen Daten.)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Erased {email} from %n attempt(s).</source>
        <translation>
            <numerusform>{email} aus %n Versuch gelöscht.</numerusform>
            <numerusform>{email} aus %n Versuchen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two profiles are named {name!r}.</source>
        <translation>Zwei Profile heißen {name!r}.</translation>
    </message>
    <message>
        <source>Check the profile</source>
        <translation>Profil prüfen</translation>
    </message>
</context>
<context>
    <name>TeamLedger</name>
    <message>
        <source>The team ledger&apos;s address must start with postgresql:// (like postgresql://alice@db.example/licensegui).</source>
        <extracomment>libpq&apos;s TLS modes that verify the server (anything weaker only to this computer). The keyring&apos;s service name for the team ledger&apos;s passwords (username: the address).</extracomment>
        <translation>Die Adresse des Team-Registers muss mit postgresql:// beginnen (etwa postgresql://alice@db.example/licensegui).</translation>
    </message>
    <message>
        <source>The team ledger&apos;s address must not hold a password: it would be seen in the process list, the shell&apos;s history and the settings. Store it with “licensegui-cli ledger password”, or give it to libpq by PGPASSWORD or .pgpass. Nothing was sent.</source>
        <translation>Die Adresse des Team-Registers darf kein Passwort enthalten: Es wäre in der Prozessliste, im Verlauf der Shell und in den Einstellungen zu sehen. Speichern Sie es mit „licensegui-cli ledger password“ oder geben Sie es libpq über PGPASSWORD oder .pgpass. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The port in the team ledger&apos;s address is not a number.</source>
        <translation>Der Port in der Adresse des Team-Registers ist keine Zahl.</translation>
    </message>
    <message>
        <source>The team ledger&apos;s address needs a user, a host and a database: postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>Die Adresse des Team-Registers braucht einen Benutzer, einen Host und eine Datenbank: postgresql://BENUTZER@HOST[:PORT]/DATENBANK.</translation>
    </message>
    <message>
        <source>The team ledger&apos;s address has parameters this program does not pass on: {names}.</source>
        <translation>Die Adresse des Team-Registers hat Parameter, die dieses Programm nicht weitergibt: {names}.</translation>
    </message>
    <message>
        <source>sslmode={mode} would not verify the team ledger&apos;s server: only verify-full or verify-ca are allowed beyond this computer.</source>
        <translation>sslmode={mode} würde den Server des Team-Registers nicht prüfen: Außerhalb dieses Computers sind nur verify-full oder verify-ca erlaubt.</translation>
    </message>
    <message>
        <source>The team ledger is required and cannot be reached ({problem}); nothing was sent.</source>
        <translation>Das Team-Register ist erforderlich und nicht erreichbar ({problem}); nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>the team ledger has no tables yet: an administrator runs “licensegui-cli ledger init URL” once</source>
        <translation>das Team-Register hat noch keine Tabellen: Ein Administrator führt einmal „licensegui-cli ledger init URL“ aus</translation>
    </message>
    <message>
        <source>the team ledger&apos;s tables are older (version {found}) than this program&apos;s ({mine}): an administrator runs “licensegui-cli ledger init URL” to migrate them</source>
        <translation>die Tabellen des Team-Registers sind älter (Version {found}) als die dieses Programms ({mine}): Ein Administrator führt „licensegui-cli ledger init URL“ aus, um sie zu migrieren</translation>
    </message>
    <message>
        <source>the team ledger&apos;s tables are newer (version {found}) than this program reads ({mine}): update licensegui</source>
        <translation>die Tabellen des Team-Registers sind neuer (Version {found}) als dieses Programm liest ({mine}): Aktualisieren Sie licensegui</translation>
    </message>
    <message>
        <source>the team ledger cannot be used: {problem}</source>
        <translation>das Team-Register kann nicht verwendet werden: {problem}</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Unknown key label {label!r}: expected one of {labels}.</source>
        <translation>Unbekannte Schlüsselbezeichnung {label!r}: erwartet wird eine von {labels}.</translation>
    </message>
    <message>
        <source> in {source}</source>
        <translation> in {source}</translation>
    </message>
    <message>
        <source>The file{where} is too large to be a public key.</source>
        <translation>Die Datei{where} ist zu groß für einen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>The file{where} holds a PRIVATE key. Ask your vendor for the PUBLIC key (&quot;Download Public Key&quot; in the admin portal); keep the private key off this machine.</source>
        <translation>Die Datei{where} enthält einen PRIVATEN Schlüssel. Bitten Sie Ihren Hersteller um den ÖFFENTLICHEN Schlüssel („Download Public Key“ im Admin-Portal); halten Sie den privaten Schlüssel von diesem Rechner fern.</translation>
    </message>
    <message>
        <source>No PEM public key{where}: expected text starting with &apos;-----BEGIN PUBLIC KEY-----&apos;.</source>
        <translation>Kein öffentlicher PEM-Schlüssel{where}: erwartet wird Text, der mit „-----BEGIN PUBLIC KEY-----“ beginnt.</translation>
    </message>
    <message>
        <source>Unsupported public key{where}: {exc}.</source>
        <translation>Nicht unterstützter öffentlicher Schlüssel{where}: {exc}.</translation>
    </message>
    <message>
        <source>The RSA key{where} has {bits} bits; keys under {MIN_KEY_BITS} bits are refused.</source>
        <translation>Der RSA-Schlüssel{where} hat {bits} Bit; Schlüssel unter {MIN_KEY_BITS} Bit werden abgelehnt.</translation>
    </message>
    <message>
        <source>The RSA key{where} has {bits} bits; more than {MAX_KEY_BITS} is refused.</source>
        <translation>Der RSA-Schlüssel{where} hat {bits} Bit; mehr als {MAX_KEY_BITS} wird abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot read key file {path}: {reason}.</source>
        <translation>Schlüsseldatei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>licensegui user guide</source>
        <extracomment>Widest an image is shown (screenshots are larger; the window is a reading width).</extracomment>
        <translation>licensegui-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({path}). It is also online in the project&apos;s docs/user-guide.md.</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation ({path}). Es steht auch online in docs/user-guide.md des Projekts.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a license key.</source>
        <translation>Geben Sie einen Lizenzschlüssel ein.</translation>
    </message>
    <message>
        <source>A license key has no spaces or line breaks inside.</source>
        <translation>Ein Lizenzschlüssel enthält keine Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Too short for a license key (min {LICENSE_KEY_MIN}).</source>
        <translation>Zu kurz für einen Lizenzschlüssel (mindestens {LICENSE_KEY_MIN}).</translation>
    </message>
    <message>
        <source>Use only letters, digits and - . _ : in a license key.</source>
        <translation>Verwenden Sie im Lizenzschlüssel nur Buchstaben, Ziffern und - . _ :</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s name.</source>
        <translation>Geben Sie den Namen des Inhabers ein.</translation>
    </message>
    <message>
        <source>Too long for a license key ({length} &gt; {LICENSE_KEY_MAX}).</source>
        <translation>Zu lang für einen Lizenzschlüssel ({length} &gt; {LICENSE_KEY_MAX}).</translation>
    </message>
    <message>
        <source>Name too long ({length} &gt; {OWNER_NAME_MAX}).</source>
        <translation>Name zu lang ({length} &gt; {OWNER_NAME_MAX}).</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>Der Name enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s email.</source>
        <translation>Geben Sie die E-Mail des Inhabers ein.</translation>
    </message>
    <message>
        <source>Not a valid email address (like name@example.com).</source>
        <translation>Keine gültige E-Mail-Adresse (etwa name@example.com).</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (127.0.0.1); use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer (127.0.0.1) erlaubt; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s API address.</source>
        <translation>Geben Sie die API-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>Die Adresse enthält Leerzeichen.</translation>
    </message>
    <message>
        <source>The address is not a valid URL ({problem}).</source>
        <translation>Die Adresse ist keine gültige URL ({problem}).</translation>
    </message>
    <message>
        <source>The address must start with https:// (like https://vendor.example/api/v1).</source>
        <translation>Die Adresse muss mit https:// beginnen (etwa https://vendor.example/api/v1).</translation>
    </message>
    <message>
        <source>The port in the address is not a number.</source>
        <translation>Der Port in der Adresse ist keine Zahl.</translation>
    </message>
    <message>
        <source>The address has no valid host name.</source>
        <translation>Die Adresse hat keinen gültigen Hostnamen.</translation>
    </message>
    <message>
        <source>Do not put credentials in the address; the API key is asked for apart.</source>
        <translation>Keine Zugangsdaten in die Adresse schreiben; der API-Schlüssel wird getrennt abgefragt.</translation>
    </message>
    <message>
        <source>The address must not contain ? or #.</source>
        <translation>Die Adresse darf weder ? noch # enthalten.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Too long for an API key (max {API_KEY_MAX}).</source>
        <translation>Zu lang für einen API-Schlüssel (höchstens {API_KEY_MAX}).</translation>
    </message>
    <message>
        <source>An API key has no spaces or special characters.</source>
        <translation>Ein API-Schlüssel enthält keine Leer- oder Sonderzeichen.</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>Geben Sie einen Profilnamen ein.</translation>
    </message>
    <message>
        <source>Use up to 60 printable characters for a profile name.</source>
        <translation>Verwenden Sie für einen Profilnamen bis zu 60 druckbare Zeichen.</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>No response yet</source>
        <extracomment>How often a shown signature&apos;s age (&quot;12 s ago&quot;) is said again. The clock the age is told by (a test moves it).</extracomment>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Assign a key, or verify a saved response (File → Verify saved response).</source>
        <translation>Weisen Sie einen Schlüssel zu oder prüfen Sie eine gespeicherte Antwort (Datei → Gespeicherte Antwort prüfen).</translation>
    </message>
    <message>
        <source>No answer to verify</source>
        <translation>Keine Antwort zu prüfen</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warte auf den Server…</translation>
    </message>
    <message>
        <source>Press Esc or Cancel to stop.</source>
        <translation>Mit Esc oder Abbrechen anhalten.</translation>
    </message>
    <message>
        <source>Signed {time} ({age})</source>
        <translation>Signiert {time} ({age})</translation>
    </message>
    <message>
        <source>Claimed timestamp {time} ({age})</source>
        <translation>Behaupteter Zeitstempel {time} ({age})</translation>
    </message>
    <message>
        <source> · saved response: age not checked</source>
        <translation> · gespeicherte Antwort: Alter nicht geprüft</translation>
    </message>
    <message>
        <source>Key: {key_label} · {key_bits}-bit · SHA-256 {group}</source>
        <translation>Schlüssel: {key_label} · {key_bits} Bit · SHA-256 {group}</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signatur verifiziert</translation>
    </message>
    <message>
        <source>Checked against: {key_label} key {group}</source>
        <translation>Geprüft mit: Schlüssel „{key_label}“ {group}</translation>
    </message>
    <message>
        <source>NOT verified — {short_reason}</source>
        <translation>NICHT verifiziert — {short_reason}</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>duplicate member {key!r}</source>
        <translation>doppeltes Element {key!r}</translation>
    </message>
    <message>
        <source>{name} is not JSON</source>
        <translation>{name} ist kein JSON</translation>
    </message>
    <message>
        <source>nested more than {MAX_JSON_DEPTH} levels deep</source>
        <extracomment>Real envelopes nest three levels; past this a body is refused before anything recursive (comparison, pretty-printing) could run out of stack on it.</extracomment>
        <translation>mehr als {MAX_JSON_DEPTH} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>The signed payload (response_base64) is not valid base64.</source>
        <extracomment>No Key Manager answer predates 2000-01-01; an earlier signed time is a forgery or a bug. A signed time this far ahead of the local clock cannot be a real answer, live or saved. Key Manager codes are three digits; messages are one short sentence. What a server with no signing key configured puts in ``signature``. True/False once the RSA check ran; None when it could not run (e.g. no key). Decoded signed payload. Present even when not verified, so QA can see what was *claimed*; a front must label it unverified unless ``verified`` is True. The envelope&apos;s ``signature`` text as received (to recognise a replayed answer).</extracomment>
        <translation>Der signierte Inhalt (response_base64) ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The signed payload does not decode to JSON.</source>
        <translation>Der signierte Inhalt lässt sich nicht zu JSON dekodieren.</translation>
    </message>
    <message>
        <source>The signed payload is not a JSON object.</source>
        <translation>Der signierte Inhalt ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The signed payload has no numeric code.</source>
        <translation>Der signierte Inhalt hat keinen numerischen Code.</translation>
    </message>
    <message>
        <source>The signed payload has no message text.</source>
        <translation>Der signierte Inhalt hat keinen Meldungstext.</translation>
    </message>
    <message>
        <source>The signed payload has no timestamp.</source>
        <translation>Der signierte Inhalt hat keinen Zeitstempel.</translation>
    </message>
    <message>
        <source>The response is not UTF-8 text.</source>
        <translation>Die Antwort ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>Der Antwortinhalt ist leer.</translation>
    </message>
    <message>
        <source>The response is not valid JSON{hint}.</source>
        <translation>Die Antwort ist kein gültiges JSON{hint}.</translation>
    </message>
    <message>
        <source>The response is JSON but not a signed envelope.</source>
        <translation>Die Antwort ist JSON, aber kein signierter Umschlag.</translation>
    </message>
    <message>
        <source>The response is not a signed envelope: missing {fields}.</source>
        <translation>Die Antwort ist kein signierter Umschlag: es fehlt {fields}.</translation>
    </message>
    <message>
        <source>The signed envelope has fields of the wrong type: {fields}.</source>
        <translation>Der signierte Umschlag hat Felder vom falschen Typ: {fields}.</translation>
    </message>
    <message>
        <source>The server did not sign this response (“Private key not set”): its signing key is not configured.</source>
        <translation>Der Server hat diese Antwort nicht signiert („Private key not set“): sein Signaturschlüssel ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The signature is not base64 (server sent {sig_text}).</source>
        <translation>Die Signatur ist kein Base64 (der Server sandte {sig_text}).</translation>
    </message>
    <message>
        <source>The signature is {length} bytes; the {label} key ({bits}-bit) makes {expected}-byte signatures.</source>
        <translation>Die Signatur ist {length} Byte lang; der Schlüssel „{label}“ ({bits} Bit) erzeugt {expected}-Byte-Signaturen.</translation>
    </message>
    <message>
        <source>The signed message is {length} characters long; Key Manager messages are one sentence. Do not rely on this answer.</source>
        <translation>Die signierte Meldung ist {length} Zeichen lang; Key-Manager-Meldungen bestehen aus einem Satz. Verlassen Sie sich nicht auf diese Antwort.</translation>
    </message>
    <message>
        <source>The response could not be checked ({kind}).</source>
        <translation>Die Antwort konnte nicht geprüft werden ({kind}).</translation>
    </message>
    <message>
        <source>The signed payload (response_base64) is not ASCII base64.</source>
        <translation>Der signierte Inhalt (response_base64) ist kein ASCII-Base64.</translation>
    </message>
    <message>
        <source>The signature does not match: the response was altered after signing, or was not signed by the trusted {label} key.</source>
        <translation>Die Signatur stimmt nicht: Die Antwort wurde nach dem Signieren verändert oder nicht mit dem vertrauenswürdigen Schlüssel „{label}“ signiert.</translation>
    </message>
    <message>
        <source>The response names an unknown signing key {label} (expected {labels}).</source>
        <translation>Die Antwort nennt einen unbekannten Signaturschlüssel {label} (erwartet: {labels}).</translation>
    </message>
    <message>
        <source>The response was signed with the {label} key, and no {label} public key is configured: import it in Settings (or pass --{label}-key).</source>
        <translation>Die Antwort wurde mit dem Schlüssel „{label}“ signiert, und es ist kein öffentlicher Schlüssel „{label}“ eingerichtet: Importieren Sie ihn in den Einstellungen (oder übergeben Sie --{label}-key).</translation>
    </message>
    <message>
        <source>The signed timestamp {timestamp} is not a plausible time (before 2000, or more than a day ahead of this computer&apos;s clock). Do not rely on this answer.</source>
        <translation>Der signierte Zeitstempel {timestamp} ist keine plausible Zeit (vor 2000 oder mehr als einen Tag vor der Uhr dieses Computers). Verlassen Sie sich nicht auf diese Antwort.</translation>
    </message>
    <message>
        <source>The signed code {code} is not a Key Manager code.</source>
        <translation>Der signierte Code {code} ist kein Key-Manager-Code.</translation>
    </message>
    <message>
        <source>Stale or replayed: the signed timestamp is {seconds} s behind this computer&apos;s clock (allowed: ±{window} s). The signature itself is genuine; check the clock, or suspect a replayed answer.</source>
        <translation>Veraltet oder wiederholt: Der signierte Zeitstempel liegt {seconds} s hinter der Uhr dieses Computers (erlaubt: ±{window} s). Die Signatur selbst ist echt; prüfen Sie die Uhr oder rechnen Sie mit einer wiederholten Antwort.</translation>
    </message>
    <message>
        <source>Stale or replayed: the signed timestamp is {seconds} s ahead of this computer&apos;s clock (allowed: ±{window} s). The signature itself is genuine; check the clock, or suspect a replayed answer.</source>
        <translation>Veraltet oder wiederholt: Der signierte Zeitstempel liegt {seconds} s vor der Uhr dieses Computers (erlaubt: ±{window} s). Die Signatur selbst ist echt; prüfen Sie die Uhr oder rechnen Sie mit einer wiederholten Antwort.</translation>
    </message>
    <message>
        <source>The readable copy of the response differs from what was signed: it was edited after signing. Only the signed values are shown.</source>
        <translation>Die lesbare Kopie der Antwort weicht vom signierten Inhalt ab: Sie wurde nach dem Signieren bearbeitet. Es werden nur die signierten Werte angezeigt.</translation>
    </message>
    <message>
        <source>Signature verified with the {label} key.</source>
        <translation>Signatur mit dem Schlüssel „{label}“ verifiziert.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error: {kind}: {exc}</source>
        <extracomment>How often the GIL changes hands while anything runs off the GUI thread (Python&apos;s own: 5 ms). The GUI thread takes the GIL for every Python call Qt makes (a table&apos;s ``data()``, a timer, an event filter), hundreds per paint; with a worker busy in Python, each waited up to a whole interval: reading a 100,000-row file froze the window 375 ms, a batch run 40-60 ms. The sentence why (a str, or a core Text: ``object`` so it reaches the window still translatable; a ``str`` signal would hand over a plain English copy). What the call returned, even when it is reported as cancelled (it may carry the record of the cancelled attempt).</extracomment>
        <translation>Unerwarteter Fehler: {kind}: {exc}</translation>
    </message>
</context>
</TS>
