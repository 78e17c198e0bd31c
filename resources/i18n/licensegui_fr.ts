<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>API key — {profile}</source>
        <translation>Clé d’API — {profile}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>paste the API key from your vendor&apos;s portal</source>
        <translation>collez la clé d’API copiée depuis le portail de votre éditeur</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clé d’&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save it ({backend})</source>
        <translation>&amp;L’enregistrer ({backend})</translation>
    </message>
    <message>
        <source>Saved keys live in {backend}, never in a file.</source>
        <translation>Les clés enregistrées sont conservées dans {backend}, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>licensegui — unexpected error</source>
        <extracomment>The demo sandbox starts this long after the window is built: after its first paint.</extracomment>
        <translation>licensegui — erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: {kind}: {value}

The app can keep running. The details are in the log ({log_dir}).</source>
        <translation>Une erreur s’est produite&#xa0;: {kind}&#xa0;: {value}

L’application peut continuer. Les détails figurent dans le journal ({log_dir}).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Demo (local sandbox)</source>
        <translation>Démo (bac à sable local)</translation>
    </message>
    <message>
        <source>Temporary demo (forgotten at quit)</source>
        <translation>Démo temporaire (oubliée en quittant)</translation>
    </message>
</context>
<context>
    <name>AssignForm</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>e.g. bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d</source>
        <translation>p. ex. bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d</translation>
    </message>
    <message>
        <source>e.g. Test User</source>
        <translation>p. ex. Camille Martin</translation>
    </message>
    <message>
        <source>e.g. owner@example.com</source>
        <translation>p. ex. titulaire@example.com</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>Clé de &amp;licence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner name:</source>
        <translation>Nom du &amp;titulaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. {key} (type to see more)</source>
        <translation>p. ex. {key} (tapez pour en voir d’autres)</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Probably assigned by the interrupted run; check. This row was sent before without an answer reaching us, and the server no longer recognises that request, so its “invalid or already assigned” is most likely about that earlier send.</source>
        <extracomment>This many rows in a row without an answer stop the batch (resumable) instead of marching through every remaining row failing. How many more times a row that got no answer is tried before the run ends. Send rows the history already knows as assigned (see core/ledger.py), as repeats. A sentence for the user (why it stopped, or what it did).</extracomment>
        <translation>Probablement attribuée par l’exécution interrompue&#x202f;; à vérifier. Cette ligne avait déjà été envoyée sans qu’aucune réponse ne nous parvienne, et le serveur ne reconnaît plus cette requête&#xa0;: son «&#xa0;invalide ou déjà attribuée&#xa0;» concerne donc très probablement cet envoi précédent.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Aucune réponse.</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} without a signed answer.</source>
        <translation>Le serveur a répondu HTTP {status} sans réponse signée.</translation>
    </message>
    <message>
        <source>The server denied this computer access (code {code}).</source>
        <translation>Le serveur a refusé l’accès à cet ordinateur (code {code}).</translation>
    </message>
    <message>
        <source>The server refused the API key (code {code}).</source>
        <translation>Le serveur a refusé la clé d’API (code {code}).</translation>
    </message>
    <message>
        <source>Queued by the server (code {code}): not decided yet. Run the batch again later to ask for its answer (the same Idempotency-Key).</source>
        <translation>Mise en file d’attente par le serveur (code {code}) : pas encore décidée. Relancez le lot plus tard pour demander sa réponse (la même Idempotency-Key).</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Attribuée.</translation>
    </message>
    <message>
        <source>Refused: code {code}.</source>
        <translation>Refusée&#xa0;: code {code}.</translation>
    </message>
    <message>
        <source>Already assigned to this owner on {when} by this computer (history #{id}).</source>
        <translation>Déjà attribuée à ce titulaire le {when} par cet ordinateur (historique n° {id}).</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by this computer (history #{id}).</source>
        <translation>Déjà attribuée à {owner} ({email}) le {when} par cet ordinateur (historique n° {id}).</translation>
    </message>
    <message>
        <source>Paused.</source>
        <extracomment>Why records are missing from history, once (shown by the fronts).</extracomment>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>En cours.</translation>
    </message>
    <message>
        <source>Stopped; the batch can be resumed.</source>
        <translation>Arrêté&#x202f;; le lot peut être repris.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>The server queued {count} row(s) (code 807): not decided yet. Run the batch again later to ask for their answers.</source>
        <translation>Le serveur a mis {count} ligne(s) en file d’attente (code 807) : pas encore décidées. Relancez le lot plus tard pour demander leurs réponses.</translation>
    </message>
    <message>
        <source>Some rows got no answer; the batch can be resumed.</source>
        <translation>Certaines lignes n’ont pas reçu de réponse&#x202f;; le lot peut être repris.</translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting {left:.0f} s.</source>
        <translation>Le serveur demande de ralentir&#xa0;: attente de {left:.0f} s.</translation>
    </message>
    <message>
        <source>The team ledger is required and cannot be reached: nothing more was sent. Run the batch again once it is back.</source>
        <translation>Le registre de l’équipe est requis et injoignable : rien de plus n’a été envoyé. Relancez le lot quand il sera de retour.</translation>
    </message>
    <message>
        <source>The server refused the API key; nothing more was sent. Fix the key, then resume the batch.</source>
        <translation>Le serveur a refusé la clé d’API&#x202f;; plus rien n’a été envoyé. Corrigez la clé, puis reprenez le lot.</translation>
    </message>
    <message>
        <source>The server denied this computer access (a blocked IP address or identifier); nothing more was sent. Ask your vendor, then resume the batch.</source>
        <translation>Le serveur a refusé l’accès à cet ordinateur (une adresse IP ou un identifiant bloqués) ; plus rien n’a été envoyé. Demandez à votre fournisseur, puis reprenez le lot.</translation>
    </message>
    <message>
        <source>Stopped after {failures} rows in a row got no answer (last: {sentence}) The batch can be resumed.</source>
        <translation>Arrêté après {failures} lignes consécutives sans réponse (dernière&#xa0;: {sentence}). Le lot peut être repris.</translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>license key</source>
        <extracomment>What ``--columns`` accepts for each field besides its own name. Field -&gt; the header names that mean it (compared after :func:`normalise_header`). Every word the window uses for a column, in every language it speaks, is among them: the window tells a person to name a column &quot;Lizenzschlüssel&quot;, so a file that does is read.</extracomment>
        <translation>clé de licence</translation>
    </message>
    <message>
        <source>owner name</source>
        <translation>nom du titulaire</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>“{part}” does not say which column: write it as key=HEADER, owner=HEADER or email=HEADER.</source>
        <translation>« {part} » ne dit pas de quelle colonne il s’agit : écrivez key=EN-TÊTE, owner=EN-TÊTE ou email=EN-TÊTE.</translation>
    </message>
    <message>
        <source>“{name}” is not a column a batch needs: use key, owner or email.</source>
        <translation>« {name} » n’est pas une colonne dont un lot a besoin : utilisez key, owner ou email.</translation>
    </message>
    <message>
        <source>The {field} column is named twice.</source>
        <translation>La colonne {field} est indiquée deux fois.</translation>
    </message>
    <message>
        <source>No column named: write key=HEADER, owner=HEADER, email=HEADER (any of them).</source>
        <translation>Aucune colonne indiquée : écrivez key=EN-TÊTE, owner=EN-TÊTE, email=EN-TÊTE (n’importe lesquels).</translation>
    </message>
    <message>
        <source>{name} has no column “{header}” (for the {field}); its columns are {shown}.</source>
        <translation>{name} n’a pas de colonne « {header} » (pour {field}) ; ses colonnes sont {shown}.</translation>
    </message>
    <message>
        <source>License key</source>
        <extracomment>Rows below the header (blank ones included) a batch may have. 100,000 rows of generous width; a bigger file is not an order export. How a row&apos;s cells are packed into one string (no cell holds it: a CSV with one is refused as not text, and a spreadsheet cannot store it).</extracomment>
        <translation>Clé de licence</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nom du titulaire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <extracomment>The spreadsheet&apos;s row number (the header is row 1; a CSV&apos;s ``sep=`` line is none). The line of the file the row starts on (a quoted cell may span lines); the row for a spreadsheet. The row&apos;s cells joined by NUL (one string, not a tuple of them: 100,000 rows fit). Stable code for an invalid/duplicate row (``invalid_email``, ``duplicate``...), else &quot;&quot;. Names the batch: the file&apos;s SHA-256 (folded with the sheet, and with the columns when a mapping chose others; see :func:`_identity`). The CSV&apos;s delimiter (&quot;,&quot; for a spreadsheet: its results CSV uses commas). The header row as written in the file. Field -&gt; index in ``header`` (the column used). Every row below the header, in order, blank ones as ``blank``. The worksheet read (None for a CSV). Sentences worth saying in a preview: the encoding assumed, Excel&apos;s ``sep=`` line... &quot;csv&quot;, &quot;xlsx&quot;, &quot;ods&quot; or &quot;xls&quot;. The row number of the header (1 unless blank rows stand above it).</extracomment>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>separated by {delimiter}</source>
        <translation>séparé par {delimiter}</translation>
    </message>
    <message>
        <source>{name} is a CSV file, without sheets; a sheet is chosen only in a workbook (.xlsx, .ods, .xls).</source>
        <translation>{name} est un fichier CSV, sans feuilles ; une feuille ne se choisit que dans un classeur (.xlsx, .ods, .xls).</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; a batch file may be at most {limit} MB (about {rows:,} rows).</source>
        <translation>{name} fait {size:.0f} Mo ; un fichier de lot peut faire au plus {limit} Mo (environ {rows:,} lignes).</translation>
    </message>
    <message>
        <source>{name} is named like a spreadsheet but is not one (it is text). Open it in the spreadsheet program and save it again.</source>
        <translation>{name} porte le nom d’un classeur mais n’en est pas un (c’est du texte). Ouvrez-le dans le tableur et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} has more than {MAX_ROWS:,} rows below its header; split it into smaller batches.</source>
        <translation>{name} a plus de {MAX_ROWS:,} lignes sous son en-tête ; divisez-le en lots plus petits.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is empty.</source>
        <translation>La feuille « {sheet} » de {name} est vide.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains NUL bytes).</source>
        <extracomment>A row (one record, however many lines its quoted cells span) may be this long. A batch&apos;s cells are keys, names and addresses; a longer row is a wrong file, and refusing it here comes before Python&apos;s own &quot;field larger than field limit&quot; (131,072) could. &quot;csv&quot;, or the spreadsheet format its bytes say (&quot;zip&quot; for .xlsx/.ods, &quot;ole&quot; for .xls). The codec its text is read with (``utf-8-sig``, ``utf-16``, ``cp1252``). Line ends in the file: an upper bound on its rows. Whether any ``&quot;`` occurs: without one, every line is exactly one row. The delimiter Excel&apos;s ``sep=`` first line names, if it has one.</extracomment>
        <translation>{name} n’est pas un fichier texte (il contient des octets NUL).</translation>
    </message>
    <message>
        <source>Read as UTF-16 text (Excel&apos;s “Unicode text”).</source>
        <translation>Lu comme texte UTF-16 (« Texte Unicode » d’Excel).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; it was read as Windows-1252 (Western European), as older Excel saves “CSV”. Check the accents in the preview; if they are wrong, save the file as “CSV UTF-8”.</source>
        <translation>{name} n’est pas du texte UTF-8 ; il a été lu en Windows-1252 (Europe occidentale), comme les anciennes versions d’Excel enregistrent le « CSV ». Vérifiez les accents dans l’aperçu ; s’ils sont faux, enregistrez le fichier en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>The first line “sep={sep}” (Excel&apos;s) names the delimiter; it is not a row.</source>
        <translation>La première ligne « sep={sep} » (d’Excel) indique le séparateur ; ce n’est pas une ligne de données.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte 0x{byte:02X} on line {line}), nor Windows-1252. Save it as “CSV UTF-8” and choose it again.</source>
        <translation>{name} n’est ni du texte UTF-8 (octet 0x{byte:02X} à la ligne {line}) ni du Windows-1252. Enregistrez-le en « CSV UTF-8 » et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name}: row {row} is longer than {limit:,} characters; a batch&apos;s cells are license keys, names and addresses. Is this the right file?</source>
        <translation>{name} : la ligne {row} dépasse {limit:,} caractères ; les cellules d’un lot sont des clés de licence, des noms et des adresses. Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>{name} is not a well-formed CSV file at row {row} (line {line}): {exc}.</source>
        <translation>{name} n’est pas un fichier CSV bien formé à la ligne {row} (ligne de texte {line}) : {exc}.</translation>
    </message>
    <message>
        <source>{name} is not readable as {encoding} text near row {row}.</source>
        <translation>{name} n’est pas lisible comme texte {encoding} vers la ligne {row}.</translation>
    </message>
    <message>
        <source>two columns could be the {field} ({names})</source>
        <translation>deux colonnes pourraient être «&#xa0;{field}&#xa0;» ({names})</translation>
    </message>
    <message>
        <source>one column is chosen for two fields</source>
        <translation>une même colonne est choisie pour deux champs</translation>
    </message>
    <message>
        <source>{name}: the header is ambiguous: {problems}. Rename one of them or say which column is which.</source>
        <translation>{name} : l’en-tête est ambigu : {problems}. Renommez l’une d’elles ou indiquez quelle colonne est laquelle.</translation>
    </message>
    <message>
        <source>{name} has no usable header: no column for the {fields}. The first row must name the columns (license_key, owner_name, email, or License Key, Name, E-mail) or you say which column is which; it reads {shown}.</source>
        <translation>{name} n’a pas d’en-tête utilisable : aucune colonne pour {fields}. La première ligne doit nommer les colonnes (par exemple Clé de licence, Titulaire, E-mail) ou vous indiquez quelle colonne est laquelle ; elle contient {shown}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>{name} a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
        <source>This row has {values} values; the header names {header} columns.</source>
        <translation>Cette ligne a {values} valeurs&#x202f;; l’en-tête nomme {header} colonnes.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Same license key as row {first}; only that row is sent.</source>
        <translation>Même clé de licence qu’à la ligne {first}&#x202f;; seule cette ligne-là est envoyée.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; save a copy without one.</source>
        <translation>{name} est protégé par un mot de passe ; enregistrez-en une copie sans mot de passe.</translation>
    </message>
    <message>
        <source>its records are malformed</source>
        <translation>ses enregistrements sont malformés</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet this program can read ({problem}). Save it as .xlsx or “CSV UTF-8”.</source>
        <translation>{name} n’est pas un classeur que ce programme sait lire ({problem}). Enregistrez-le en .xlsx ou en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{name} has no worksheet.</source>
        <translation>{name} n’a aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>{name} has no sheet “{sheet}”; its sheets are {names}.</source>
        <translation>{name} n’a pas de feuille « {sheet} » ; ses feuilles sont {names}.</translation>
    </message>
    <message>
        <source>{name}: the sheet “{sheet}” cannot be read ({problem}).</source>
        <translation>{name} : la feuille « {sheet} » ne peut pas être lue ({problem}).</translation>
    </message>
    <message>
        <source>it holds {count:,} parts</source>
        <extracomment>The zip&apos;s directory: 10,000 entries with names of up to ~350 bytes. One part (a sheet, the shared strings) unpacked: the text a CSV batch may have (64 MB) and the markup around every cell of it (``&lt;c r=&quot;F100000&quot; t=&quot;inlineStr&quot;&gt;&lt;is&gt;&lt;t&gt;…&lt;/t&gt;&lt;/is&gt;&lt;/c&gt;``, ~50 bytes a cell; 100,000 rows of six columns add 30 MB, of twenty 100 MB). At 64 MB the issue&apos;s own 100,000-row workbook (a 93 MB sheet) was refused. All parts unpacked. The longest run of text between two tags of an XML part: no batch cell is longer (a row is refused past 100,000 characters), and a long cell repeated is how text is amplified.</extracomment>
        <translation>il contient {count:,} parties</translation>
    </message>
    <message>
        <source>its directory takes {size:,} MB</source>
        <translation>son répertoire occupe {size:,} Mo</translation>
    </message>
    <message>
        <source>its parts unpack to {size:,} MB</source>
        <translation>ses parties font {size:,} Mo une fois décompressées</translation>
    </message>
    <message>
        <source>{name} is not a workbook this program reads: save it as .xlsx, .ods or “CSV UTF-8”.</source>
        <translation>{name} n’est pas un classeur que ce programme lit : enregistrez-le en .xlsx, .ods ou « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>its part {part} unpacks to {size:,} MB</source>
        <translation>sa partie {part} fait {size:,} Mo une fois décompressée</translation>
    </message>
    <message>
        <source>its part {part} declares XML entities</source>
        <translation>sa partie {part} déclare des entités XML</translation>
    </message>
    <message>
        <source>its part {part} holds a text longer than {size} KB</source>
        <translation>sa partie {part} contient un texte de plus de {size} Ko</translation>
    </message>
    <message>
        <source>{name}: a sheet spans {rows:,} rows × {columns:,} columns from its first used cell to its last ({last}); a batch sheet may span at most {limit:,} cells. Delete the far-away cells (Ctrl+End goes to the last one) or copy the batch into a new workbook.</source>
        <extracomment>Text copied into cells (shared strings referred to again and again, .ods repeats). A shared string longer than this is counted where it is used (shorter ones cannot add up to more than a part&apos;s 64 MB of references can hold).</extracomment>
        <translation>{name} : une feuille s’étend sur {rows:,} lignes × {columns:,} colonnes de sa première cellule utilisée à la dernière ({last}) ; une feuille de lot peut couvrir au plus {limit:,} cellules. Supprimez les cellules lointaines (Ctrl+Fin va à la dernière) ou copiez le lot dans un nouveau classeur.</translation>
    </message>
    <message>
        <source>{name}: its cells repeat the same long text until it would take more than {size} MB (at most {limit} MB). Copy the batch into a new workbook or save it as “CSV UTF-8”.</source>
        <translation>{name} : ses cellules répètent le même long texte jusqu’à occuper plus de {size} Mo (au plus {limit} Mo). Copiez le lot dans un nouveau classeur ou enregistrez-le en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{name} cannot be a batch: {what}, more than a batch&apos;s workbook can be (at most {parts:,} parts of {size} MB, {total} MB in all). Copy the batch into a new workbook or save it as “CSV UTF-8”.</source>
        <translation>{name} ne peut pas être un lot : {what}, plus que ne peut l’être le classeur d’un lot (au plus {parts:,} parties de {size} Mo, {total} Mo en tout). Copiez le lot dans un nouveau classeur ou enregistrez-le en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>it took longer than {seconds:.0f} s</source>
        <translation>cela a pris plus de {seconds:.0f} s</translation>
    </message>
    <message>
        <source>the reader stopped: it asked for more memory than a batch may use</source>
        <translation>la lecture s’est arrêtée : elle demandait plus de mémoire qu’un lot ne peut en utiliser</translation>
    </message>
    <message>
        <source>{name} could not be read ({why}). Save it as .xlsx or “CSV UTF-8”.</source>
        <translation>{name} n’a pas pu être lu ({why}). Enregistrez-le en .xlsx ou « CSV UTF-8 ».</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Clé de licence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation>Message ou motif</translation>
    </message>
    <message>
        <source>Assigned</source>
        <extracomment>Status → (icon, word). Icon and word, never colour alone.</extracomment>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifiée</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Envoyée, pas encore de réponse</translation>
    </message>
    <message>
        <source>Blank row</source>
        <translation>Ligne vide</translation>
    </message>
    <message numerus="yes">
        <source>{status} · sent %n times</source>
        <translation>
            <numerusform>{status} · envoyé %n fois</numerusform>
            <numerusform>{status} · envoyé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signature vérifiée</translation>
    </message>
    <message>
        <source>Signature NOT verified</source>
        <translation>Signature NON vérifiée</translation>
    </message>
    <message>
        <source>Not sent: this computer&apos;s record of a verified answer</source>
        <translation>Non envoyé : cet ordinateur a enregistré une réponse vérifiée</translation>
    </message>
    <message>
        <source>Batch assignment</source>
        <translation>Attribution par lot</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Practice &amp;file</source>
        <translation>&amp;Fichier d’exercice</translation>
    </message>
    <message>
        <source>A CSV of the demo sandbox&apos;s keys, with an invalid, a duplicate and an unknown key&apos;s row</source>
        <translation>Un CSV des clés du bac à sable de démonstration, avec une ligne invalide, un doublon et une clé inconnue</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olonnes…</translation>
    </message>
    <message>
        <source>Choose which column is the license key, the owner and the email</source>
        <translation>Choisir quelle colonne est la clé de licence, le titulaire et le courriel</translation>
    </message>
    <message>
        <source>Batch counts</source>
        <translation>Compteurs du lot</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>How many requests are out at once (1 to 8). Two is polite; more is faster if the vendor allows it.</source>
        <translation>Nombre de requêtes envoyées en même temps (1 à 8). Deux reste courtois&#x202f;; davantage va plus vite si l’éditeur l’autorise.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Requests at a time:</source>
        <translation>&amp;Requêtes simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progression du lot</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>Export &amp;receipts…</source>
        <translation>Exporter les re&amp;çus…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Batch rows</source>
        <translation>Lignes du lot</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Batch input</source>
        <translation>Fichier du lot</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Classeurs et fichiers CSV (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>feuille « {sheet} »</translation>
    </message>
    <message>
        <source>{assigned} assigned · {already} already assigned · {refused} refused · {not_verified} not verified · {invalid} invalid · {duplicate} duplicate · {remaining} remaining</source>
        <translation>{assigned} attribuées · {already} déjà attribuées · {refused} refusées · {not_verified} non vérifiées · {invalid} invalides · {duplicate} doublons · {remaining} restantes</translation>
    </message>
    <message>
        <source>%v of %m done · {assigned} assigned · {already} already assigned (not sent)</source>
        <translation>%v sur %m traitées · {assigned} attribuées · {already} déjà attribuées (non envoyées)</translation>
    </message>
    <message>
        <source>%v of %m done · {assigned} assigned</source>
        <translation>%v sur %m traitées · {assigned} attribuées</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a CSV or spreadsheet file (.xlsx, .ods) whose header row names the license key, owner and email columns — or say which is which after opening it.</source>
        <translation>Choisissez un fichier CSV ou un classeur (.xlsx, .ods) dont la ligne d&apos;en-tête nomme les colonnes clé de licence, titulaire et courriel — ou indiquez laquelle est laquelle après l&apos;ouverture.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Cannot use this file</source>
        <translation>Fichier inutilisable</translation>
    </message>
    <message>
        <source>license key</source>
        <translation>clé de licence</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>titulaire</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>; carried through: {columns}</source>
        <translation>&#x202f;; conservées telles quelles&#xa0;: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n row(s), {separator}</source>
        <translation>
            <numerusform>{name} — %n ligne, {separator}</numerusform>
            <numerusform>{name} — %n lignes, {separator}</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: {mapping}{carried}.</source>
        <translation>Colonnes&#xa0;: {mapping}{carried}.</translation>
    </message>
    <message>
        <source>Nothing has been sent. Check the rows, then Start.</source>
        <translation>Rien n’a été envoyé. Vérifiez les lignes, puis cliquez sur Démarrer.</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>Exécution précédente</translation>
    </message>
    <message>
        <source>This file was run against this server on {when}; it is finished. Export its results, or choose another file.</source>
        <translation>Ce fichier a été exécuté sur ce serveur le {when}&#x202f;; il est terminé. Exportez ses résultats ou choisissez un autre fichier.</translation>
    </message>
    <message numerus="yes">
        <source>This file was started against this server on {when} and not finished (%n row(s) left). Resume sends only what is left, with the same keys.</source>
        <translation>
            <numerusform>Ce fichier a été lancé sur ce serveur le {when} sans être terminé (%n ligne restante). Reprendre n’envoie que ce qui reste, avec les mêmes clés.</numerusform>
            <numerusform>Ce fichier a été lancé sur ce serveur le {when} sans être terminé (%n lignes restantes). Reprendre n’envoie que ce qui reste, avec les mêmes clés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot resume the batch</source>
        <translation>Impossible de reprendre le lot</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n row(s) (from the journal; the file itself is not needed)</source>
        <translation>
            <numerusform>{name} — %n ligne (depuis le journal&#x202f;; le fichier lui-même n’est pas nécessaire)</numerusform>
            <numerusform>{name} — %n lignes (depuis le journal&#x202f;; le fichier lui-même n’est pas nécessaire)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before it finished; Resume sends only what is left, with the same keys, to {url}.</source>
        <translation>Arrêté avant la fin&#x202f;; Reprendre n’envoie que ce qui reste, avec les mêmes clés, à {url}.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>Choose a profile (Settings) for the server to assign on.</source>
        <translation>Choisissez un profil (Paramètres) pour le serveur sur lequel attribuer.</translation>
    </message>
    <message>
        <source>No public key</source>
        <translation>Aucune clé publique</translation>
    </message>
    <message>
        <source>The profile “{name}” has no public key, so no answer could be verified. Import the vendor&apos;s public key first.</source>
        <translation>Le profil «&#xa0;{name}&#xa0;» n’a pas de clé publique&#xa0;: aucune réponse ne pourrait être vérifiée. Importez d’abord la clé publique de l’éditeur.</translation>
    </message>
    <message>
        <source>Not started: the profile “{name}” has no API key.</source>
        <translation>Non démarré : le profil « {name} » n&apos;a pas de clé d&apos;API.</translation>
    </message>
    <message>
        <source>Waiting for the API key…</source>
        <translation>En attente de la clé d&apos;API…</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>En cours.</translation>
    </message>
    <message>
        <source> · {duration} left</source>
        <translation> · encore {duration}</translation>
    </message>
    <message>
        <source>{rate} rows/s{eta}</source>
        <translation>{rate} lignes/s{eta}</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Arrêt&#xa0;: attente des requêtes déjà envoyées…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Finished. Export the results and receipts to keep them.</source>
        <translation>Terminé. Exportez les résultats et les reçus pour les conserver.</translation>
    </message>
    <message>
        <source>Batch stopped</source>
        <translation>Lot arrêté</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Export receipts</source>
        <translation>Exporter les reçus</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported {count} results to {path}.</source>
        <translation>{count} résultats exportés vers {path}.</translation>
    </message>
    <message>
        <source>Exported {count} receipts to {path}.</source>
        <translation>{count} reçus exportés vers {path}.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: start a batch, or open one, first.</source>
        <translation>Rien à exporter pour l’instant : lancez ou ouvrez d’abord un lot.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>No row could be written to {path}, though the window shows {rows}.</source>
        <translation>Aucune ligne n’a pu être écrite dans {path}, bien que la fenêtre en affiche {rows}.</translation>
    </message>
    <message>
        <source>A batch is running</source>
        <translation>Un lot est en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not done yet. Stop the batch? Nothing is lost: it is offered for resuming at the next start, and rows already sent are re-sent with the same keys, so nothing is assigned twice.</source>
        <translation>
            <numerusform>%n ligne n’est pas encore traitée. Arrêter le lot&#x202f;? Rien n’est perdu&#xa0;: il sera proposé à la reprise au prochain démarrage, et les lignes déjà envoyées seront renvoyées avec les mêmes clés, si bien que rien n’est attribué deux fois.</numerusform>
            <numerusform>%n lignes ne sont pas encore traitées. Arrêter le lot&#x202f;? Rien n’est perdu&#xa0;: il sera proposé à la reprise au prochain démarrage, et les lignes déjà envoyées seront renvoyées avec les mêmes clés, si bien que rien n’est attribué deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the batch</source>
        <translation>Arrêter le lot</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>The license key is not valid.</source>
        <extracomment>Stored rows keep their sentence in English (the journal is read by scripts too); on screen a row says the same thing in the user&apos;s language, from its stable reason code.</extracomment>
        <translation>La clé de licence n’est pas valide.</translation>
    </message>
    <message>
        <source>The owner name is not valid.</source>
        <translation>Le nom du titulaire n’est pas valide.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>L’adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <source>This row does not have the header&apos;s number of values.</source>
        <translation>Cette ligne n’a pas autant de valeurs que l’en-tête a de colonnes.</translation>
    </message>
    <message>
        <source>Same license key as an earlier row; only that row is sent.</source>
        <translation>Même clé de licence qu’une ligne précédente&#x202f;; seule cette ligne-là est envoyée.</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Attribuée.</translation>
    </message>
    <message>
        <source>Refused: code {code}.</source>
        <translation>Refusée&#xa0;: code {code}.</translation>
    </message>
    <message>
        <source>Not verified: {why}.</source>
        <translation>Non vérifiée&#xa0;: {why}.</translation>
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
        <translation>Colonne de la &amp;clé de licence :</translation>
    </message>
    <message>
        <source>&amp;Owner column:</source>
        <translation>Colonne du &amp;titulaire :</translation>
    </message>
    <message>
        <source>&amp;Email column:</source>
        <translation>Colonne du c&amp;ourriel :</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose which of the file&apos;s columns holds the license key, the owner name and the email. Files with the same headers are read this way next time.</source>
        <translation>Choisissez quelle colonne du fichier contient la clé de licence, le nom du titulaire et le courriel. Les fichiers aux mêmes en-têtes seront lus ainsi la prochaine fois.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisir une colonne)</translation>
    </message>
    <message>
        <source>(column {n}, no name)</source>
        <translation>(colonne {n}, sans nom)</translation>
    </message>
    <message>
        <source>Each column can be chosen only once.</source>
        <translation>Chaque colonne ne peut être choisie qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>Choisir une feuille</translation>
    </message>
    <message>
        <source>{name} has several sheets. Which one holds the orders?</source>
        <translation>{name} contient plusieurs feuilles. Laquelle contient les commandes ?</translation>
    </message>
    <message numerus="yes">
        <source>Pausing: waiting for %n request(s) already sent…</source>
        <translation>
            <numerusform>Mise en pause : attente de %n requête déjà envoyée…</numerusform>
            <numerusform>Mise en pause : attente de %n requêtes déjà envoyées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The TLS certificate of {host} could not be verified. Check the base URL (the certificate must be for that name) and that the server&apos;s certificate is issued by an authority this computer trusts (a self-signed one is not); behind a company proxy, the proxy&apos;s certificate must be trusted by this computer.</source>
        <translation>Le certificat TLS de {host} n’a pas pu être vérifié. Vérifiez l’URL de base (le certificat doit être établi pour ce nom) et que le certificat du serveur est émis par une autorité à laquelle cet ordinateur fait confiance (un certificat auto-signé ne l’est pas) ; derrière un proxy d’entreprise, le certificat du proxy doit être approuvé par cet ordinateur.</translation>
    </message>
    <message>
        <source>{host} was too slow: no complete answer within {exc}.</source>
        <translation>{host} a été trop lent&#xa0;: pas de réponse complète en {exc}.</translation>
    </message>
    <message>
        <source>No connection to {host} (timed out).</source>
        <translation>Pas de connexion à {host} (délai dépassé).</translation>
    </message>
    <message>
        <source>{host} accepted the request but did not answer in time.</source>
        <translation>{host} a accepté la requête mais n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server name {hostname} could not be found (DNS).</source>
        <translation>Le nom de serveur {hostname} est introuvable (DNS).</translation>
    </message>
    <message>
        <source>{host} refused the connection: is the address right and the server up?</source>
        <translation>{host} a refusé la connexion&#xa0;: l’adresse est-elle juste et le serveur démarré&#x202f;?</translation>
    </message>
    <message>
        <source>The connection to {host} failed.</source>
        <translation>La connexion à {host} a échoué.</translation>
    </message>
    <message>
        <source>The request to {host} failed ({kind}).</source>
        <translation>La requête vers {host} a échoué ({kind}).</translation>
    </message>
    <message>
        <source>The server redirected more than {count} times (a redirect loop). Check the base URL: it must be the address where the server&apos;s API answers, not one that forwards elsewhere.</source>
        <translation>Le serveur a redirigé plus de {count} fois (une boucle de redirection). Vérifiez l’URL de base : ce doit être l’adresse où répond l’API du serveur, pas une adresse qui redirige ailleurs.</translation>
    </message>
    <message>
        <source>{reason} Tried {attempts} times.</source>
        <translation>{reason} {attempts} tentatives.</translation>
    </message>
    <message>
        <source>attempt {attempts}: {reason} Retried after {delay:.1f} s.</source>
        <translation>tentative {attempts}&#xa0;: {reason} Nouvel essai après {delay:.1f} s.</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>surchargé (limite de débit)</translation>
    </message>
    <message>
        <source>temporarily unavailable</source>
        <translation>temporairement indisponible</translation>
    </message>
    <message>
        <source>The server is {what} (HTTP {status}) and asks to wait {wait} s; try again later.</source>
        <translation>Le serveur est {what} (HTTP {status}) et demande d’attendre {wait} s&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server is {what} (HTTP {status}). Tried {attempts} times.</source>
        <translation>Le serveur est {what} (HTTP {status}). {attempts} tentatives.</translation>
    </message>
    <message>
        <source>attempt {attempts}: HTTP {status}; waited {delay:.1f} s ({source}).</source>
        <translation>tentative {attempts}&#xa0;: HTTP {status}&#x202f;; attente de {delay:.1f} s ({source}).</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} without a Location.</source>
        <extracomment>Requests handed to a socket so far: an attempt that failed without raising this never reached the server (connection refused, TLS handshake refused).</extracomment>
        <translation>Le serveur a répondu HTTP {status} sans en-tête Location.</translation>
    </message>
    <message>
        <source>The server redirected to a non-https address ({scheme}://{netloc}); refused, so the API key is not sent in clear.</source>
        <translation>Le serveur a redirigé vers une adresse non https ({scheme}://{netloc})&#x202f;; refusé, pour que la clé d’API ne soit pas envoyée en clair.</translation>
    </message>
    <message>
        <source>Refused redirect: {exc}</source>
        <translation>Redirection refusée&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>The server redirected (HTTP {status}) to {target}. A signed request is not re-sent elsewhere: put the final address in the profile&apos;s base URL.</source>
        <translation>Le serveur a redirigé (HTTP {status}) vers {target}. Une requête signée n’est pas renvoyée ailleurs&#xa0;: indiquez l’adresse finale comme URL de base du profil.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than {limit} KiB; stopped reading it.</source>
        <translation>La réponse du serveur dépasse {limit} Kio&#x202f;; lecture interrompue.</translation>
    </message>
</context>
<context>
    <name>Db</name>
    <message>
        <source>the disk is full (or a size limit was reached)</source>
        <extracomment>One step of a schema&apos;s history: brings a file from version ``i`` to ``i + 1``. Another connection (often another process) holds the lock: a condition, wait or say so. The file is not a database, or its pages are malformed: set it aside or refuse it. Anything else (read-only, disk full, cannot open, a constraint): not the file&apos;s fault.</extracomment>
        <translation>le disque est plein (ou une limite de taille a été atteinte)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk took no more data (is it full?)</source>
        <translation>le disque n’accepte plus de données (est-il plein ?)</translation>
    </message>
    <message>
        <source>{path} cannot be used: {reason}</source>
        <translation>{path} ne peut pas être utilisé : {reason}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo&apos;s folder {path} is a symbolic link or not a folder; licensegui does not follow it. Move it away to start the demo.</source>
        <translation>Le dossier de la démo {path} est un lien symbolique ou n’est pas un dossier ; licensegui ne le suit pas. Déplacez-le pour démarrer la démo.</translation>
    </message>
    <message>
        <source>The demo cannot use {path}: {reason}. Move it away to start the demo (what the demo assigned before is then forgotten).</source>
        <translation>La démo ne peut pas utiliser {path} : {reason}. Déplacez-le pour démarrer la démo (ce que la démo a attribué auparavant sera alors oublié).</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is a symbolic link or not a folder, which is not followed</source>
        <translation>c’est un lien symbolique ou pas un dossier, qui n’est pas suivi</translation>
    </message>
    <message>
        <source>The sandbox&apos;s signing key {path} cannot be used: {reason}. Move it away to start with a new key (answers the old one signed will then read as not authentic).</source>
        <translation>La clé de signature du bac à sable {path} est inutilisable : {reason}. Déplacez-la pour démarrer avec une nouvelle clé (les réponses signées par l’ancienne seront alors lues comme non authentiques).</translation>
    </message>
    <message>
        <source>it is no private key</source>
        <translation>ce n’est pas une clé privée</translation>
    </message>
    <message>
        <source>it is no RSA private key</source>
        <translation>ce n’est pas une clé privée RSA</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Summary</source>
        <extracomment>The request it answers, when known (a live or stored answer, a history row). When it was received, for a recorded answer (else: now).</extracomment>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Corps brut</translation>
    </message>
    <message>
        <source>Signed payload</source>
        <translation>Contenu signé</translation>
    </message>
    <message>
        <source>Cop&amp;y raw body</source>
        <translation>Cop&amp;ier le corps brut</translation>
    </message>
    <message>
        <source>Sa&amp;ve response as…</source>
        <translation>Enre&amp;gistrer la réponse sous…</translation>
    </message>
    <message>
        <source>The details of the next answer appear here: HTTP status, time and attempts, the Idempotency-Key, whether the signature matches and why, which key signed it, and whether the readable copy matches what was signed.

Assign a key, or verify a saved response (File → Verify saved response, Ctrl+O; or drop a .json file on the window).</source>
        <translation>Les détails de la prochaine réponse s’afficheront ici&#xa0;: statut HTTP, durée et tentatives, Idempotency-Key, concordance de la signature et pourquoi, clé signataire, et concordance de la copie lisible avec ce qui a été signé.

Attribuez une clé ou vérifiez une réponse enregistrée (Fichier → Vérifier une réponse enregistrée, Ctrl+O&#x202f;; ou déposez un fichier .json sur la fenêtre).</translation>
    </message>
    <message>
        <source>The server&apos;s answer, byte for byte (Copy and Save keep it exactly, so it can be verified again later).</source>
        <translation>La réponse du serveur, octet par octet (Copier et Enregistrer la conservent à l’identique, pour pouvoir la vérifier plus tard).</translation>
    </message>
    <message>
        <source>What the server signed, decoded (marked UNVERIFIED when the signature does not hold).</source>
        <translation>Ce que le serveur a signé, décodé (marqué NON VÉRIFIÉ si la signature ne tient pas).</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>HTTP status: {status}</source>
        <translation>Statut HTTP&#xa0;: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Time: {ms} ms over %n attempt(s)</source>
        <translation>
            <numerusform>Durée&#xa0;: {ms} ms en %n tentative</numerusform>
            <numerusform>Durée&#xa0;: {ms} ms en %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Idempotency-Key: {idempotency_key}</source>
        <translation>Idempotency-Key&#xa0;: {idempotency_key}</translation>
    </message>
    <message>
        <source>URL: {url}</source>
        <translation>URL&#xa0;: {url}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO — edited after signing</source>
        <translation>NON — modifiée après signature</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s. o.</translation>
    </message>
    <message>
        <source>no (saved response: age is shown, not judged)</source>
        <translation>non (réponse enregistrée&#xa0;: l’âge est affiché, pas jugé)</translation>
    </message>
    <message>
        <source>not reached (an earlier check failed)</source>
        <translation>non atteint (une vérification précédente a échoué)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation>NE CORRESPOND PAS</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non effectuée</translation>
    </message>
    <message>
        <source>Verified: yes ({reason})</source>
        <translation>Vérifiée&#xa0;: oui ({reason})</translation>
    </message>
    <message>
        <source>Verified: NO ({reason})</source>
        <translation>Vérifiée&#xa0;: NON ({reason})</translation>
    </message>
    <message>
        <source>Why: {detail}</source>
        <translation>Pourquoi&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Signing key named: {label}</source>
        <translation>Clé de signature nommée&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Signature check: {sig}</source>
        <translation>Contrôle de signature&#xa0;: {sig}</translation>
    </message>
    <message>
        <source>Readable copy matches signed payload: {match}</source>
        <translation>La copie lisible correspond au contenu signé&#xa0;: {match}</translation>
    </message>
    <message>
        <source>Freshness checked: {freshness}</source>
        <translation>Fraîcheur contrôlée&#xa0;: {freshness}</translation>
    </message>
    <message numerus="yes">
        <source>Size: %n byte(s)</source>
        <translation>
            <numerusform>Taille&#xa0;: %n octet</numerusform>
            <numerusform>Taille&#xa0;: %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>// UNVERIFIED: what the response claims
</source>
        <translation>// NON VÉRIFIÉ&#xa0;: ce que la réponse prétend
</translation>
    </message>
    <message>
        <source>(no decodable signed payload)</source>
        <translation>(aucun contenu signé décodable)</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Could not save: {reason}.</source>
        <translation>Enregistrement impossible&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Outcome: {words}</source>
        <translation>Résultat : {words}</translation>
    </message>
    <message>
        <source>Request: {request}</source>
        <translation>Requête : {request}</translation>
    </message>
    <message>
        <source>Idempotency-Key of the earlier request (this one was not sent): {idempotency_key}</source>
        <translation>Idempotency-Key de la demande précédente (celle-ci n’a pas été envoyée) : {idempotency_key}</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>[erased]</source>
        <extracomment>A kept form longer than this is not read (a journal is a file anyone could have edited).</extracomment>
        <translation>[effacé]</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>it is a symbolic link, which is not followed</source>
        <extracomment>Folders (config, data, batches, logs): the user alone may list or enter them. Files in them, and results, receipts and exports written anywhere: the user alone reads. What SQLite keeps beside a database; a temporary journal leaves these too when killed. ``.NAME.8hex.tmp``, as :func:`temporary_beside` names them, and its ``.lock``.</extracomment>
        <translation>c’est un lien symbolique, qui n’est pas suivi</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a FIFO or a folder); give the name of a file</source>
        <extracomment>Opening state: never through a symbolic link, never blocking on a FIFO.</extracomment>
        <translation>ce n’est pas un fichier ordinaire (un périphérique, un FIFO ou un dossier) ; donnez le nom d’un fichier</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Déjà attribuée</translation>
    </message>
    <message>
        <source>Assigned to someone else</source>
        <translation>Attribuée à quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Clé API refusée</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Not authentic</source>
        <translation>Non authentique</translation>
    </message>
    <message>
        <source>Still assigned, confirmed by the server</source>
        <translation>Toujours attribuée, confirmé par le serveur</translation>
    </message>
    <message>
        <source>{words} (sent again)</source>
        <translation>{words} (renvoyée)</translation>
    </message>
    <message>
        <source>The server denies this computer access (a blocked IP address or identifier): ask your vendor, then send again.</source>
        <translation>Le serveur refuse l’accès à cet ordinateur (une adresse IP ou un identifiant bloqués) : demandez à votre fournisseur, puis renvoyez.</translation>
    </message>
    <message>
        <source>The server queued the request: it is neither assigned nor refused yet. Check now later asks for its answer (the same Idempotency-Key: it cannot assign twice).</source>
        <translation>Le serveur a mis la requête en file d’attente : elle n’est encore ni attribuée ni refusée. « Vérifier maintenant » demandera plus tard sa réponse (la même Idempotency-Key : elle ne peut pas attribuer deux fois).</translation>
    </message>
    <message>
        <source>Do not rely on this answer: it was changed after the server signed it, or is an old one played back. Send the same request again to get the server&apos;s own answer (the same Idempotency-Key: it cannot assign twice).</source>
        <extracomment>Not authentic for a reason the public key has no part in: the signature is sound, the answer around it is not (edited after signing, replayed, stale). Checking the key would be the wrong advice (issue 28).</extracomment>
        <translation>Ne vous fiez pas à cette réponse : elle a été modifiée après la signature du serveur, ou c’est une ancienne rejouée. Renvoyez la même requête pour obtenir la réponse du serveur lui-même (la même Idempotency-Key : elle ne peut pas attribuer deux fois).</translation>
    </message>
    <message>
        <source>Check the license key with your vendor or in the vendor&apos;s portal: it is invalid, or it was assigned elsewhere.</source>
        <translation>Vérifiez la clé de licence auprès du fournisseur ou sur son portail : elle est invalide, ou a été attribuée ailleurs.</translation>
    </message>
    <message>
        <source>Use another license key for this customer, or ask your vendor to move this one.</source>
        <extracomment>The sentence a person reads (&quot;&quot; when nothing is left to do).</extracomment>
        <translation>Utilisez une autre clé de licence pour ce client, ou demandez à votre fournisseur de transférer celle-ci.</translation>
    </message>
    <message>
        <source>Check the license key and the order with your vendor or in the vendor&apos;s portal.</source>
        <translation>Vérifiez la clé de licence et la commande auprès du fournisseur ou sur son portail.</translation>
    </message>
    <message>
        <source>The server refused the API key, not the license key: check the API key in Settings (copy it again from the vendor&apos;s portal), or ask your vendor.</source>
        <extracomment>The headline&apos;s next step after any API-key refusal (100–103).</extracomment>
        <translation>Le serveur a refusé la clé d’API, pas la clé de licence : vérifiez la clé d’API dans les Paramètres (copiez-la à nouveau depuis le portail du fournisseur), ou demandez à votre fournisseur.</translation>
    </message>
    <message>
        <source>Try again later with the same details: the same request is sent again and cannot assign twice. If it persists, tell your vendor what was sent: the license key, the time and the Idempotency-Key.</source>
        <translation>Réessayez plus tard avec les mêmes informations : la même requête est renvoyée et ne peut pas attribuer deux fois. Si cela persiste, indiquez à votre fournisseur ce qui a été envoyé : la clé de licence, l’heure et l’Idempotency-Key.</translation>
    </message>
    <message>
        <source>Check now: ask the server for this request&apos;s answer (the same Idempotency-Key: it cannot assign twice).</source>
        <translation>Vérifier maintenant : demandez au serveur la réponse à cette requête (la même Idempotency-Key : elle ne peut pas attribuer deux fois).</translation>
    </message>
    <message>
        <source>Nothing was sent. Send it again when you are ready.</source>
        <translation>Rien n’a été envoyé. Renvoyez-la quand vous serez prêt.</translation>
    </message>
    <message>
        <source>Nothing reached the server: check the connection and the server address in Settings, then send again.</source>
        <translation>Rien n’a atteint le serveur : vérifiez la connexion et l’adresse du serveur dans les Paramètres, puis renvoyez.</translation>
    </message>
    <message>
        <source>Do not rely on this answer. Check the profile&apos;s public key in Settings, or ask your vendor whether their signing key changed.</source>
        <translation>Ne vous fiez pas à cette réponse. Vérifiez la clé publique du profil dans les Paramètres, ou demandez à votre fournisseur si sa clé de signature a changé.</translation>
    </message>
    <message>
        <source>The vendor&apos;s server has no license keys left for this: ask your vendor for more.</source>
        <translation>Le serveur du fournisseur n’a plus de clés de licence pour cela : demandez-en d’autres à votre fournisseur.</translation>
    </message>
</context>
<context>
    <name>HeadlineBanner</name>
    <message>
        <source>For: {request}</source>
        <extracomment>Stand-ins for the few headline symbols some desktop fonts lack (a box would say nothing). The neutral fill of a result that belongs to the previous request (the form changed). An answer came back from the server (else: nothing, or this computer&apos;s record). A deliberate send again (&quot;Send anyway&quot;). The signed code, when there is one (a next step can depend on it). The request&apos;s Idempotency-Key (&quot;&quot; when none was made). The verdict&apos;s reason (the next step of a not-authentic answer depends on it). The next step&apos;s button was pressed: a :class:`NextAction` value.</extracomment>
        <translation>Pour : {request}</translation>
    </message>
    <message>
        <source>For: a saved response (it does not name the request)</source>
        <translation>Pour : une réponse enregistrée (elle ne nomme pas la requête)</translation>
    </message>
    <message>
        <source>Answered {time}</source>
        <translation>Répondu le {time}</translation>
    </message>
    <message>
        <source>At {time}</source>
        <translation>Le {time}</translation>
    </message>
    <message>
        <source>Next step: {words}</source>
        <translation>Étape suivante : {words}</translation>
    </message>
    <message>
        <source>Outcome: {words}</source>
        <translation>Résultat : {words}</translation>
    </message>
    <message>
        <source>For the previous request: {request}. The form has changed since; press Assign to send the new one.</source>
        <translation>Pour la requête précédente : {request}. Le formulaire a changé depuis ; appuyez sur Attribuer pour envoyer la nouvelle.</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Ren&amp;voyer</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>History cannot be written: {problem}. Free some space, or assign without recording it (licensegui-cli --no-history).</source>
        <extracomment>The response&apos;s ``signature`` text, kept to recognise a replayed answer. Unix time the answer arrived (the replay check&apos;s clock); None for old rows. The batch this attempt belongs to (its id), None for a single assignment. The id of the earlier attempt with an unknown outcome that this one&apos;s answer resolves. A deliberate &quot;send anyway&quot; of a request already assigned (not a new assignment).</extracomment>
        <translation>L’historique ne peut pas être écrit : {problem}. Libérez de l’espace, ou attribuez sans enregistrer (licensegui-cli --no-history).</translation>
    </message>
    <message>
        <source>History cannot be opened: {place} cannot be written (a read-only disk or folder). Choose a writable folder (LICENSEGUI_HOME), or assign without recording it (licensegui-cli --no-history).</source>
        <translation>Impossible d’ouvrir l’historique : {place} n’est pas accessible en écriture (un disque ou dossier en lecture seule). Choisissez un dossier accessible en écriture (LICENSEGUI_HOME), ou attribuez sans l’enregistrer (licensegui-cli --no-history).</translation>
    </message>
    <message>
        <source>The history folder {parent} cannot be created: {reason}.</source>
        <extracomment>Where a damaged database was moved to, when this store had to start afresh. The names the last :meth:`erase_owner` found for the email (to find mentions of them elsewhere: journals, set-aside copies).</extracomment>
        <translation>Impossible de créer le dossier d’historique {parent}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>History cannot be opened: {exc}.</source>
        <translation>Impossible d’ouvrir l’historique&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>The history database is damaged ({exc}) and could not be moved aside: {reason}.</source>
        <translation>La base d’historique est endommagée ({exc}) et n’a pas pu être mise de côté&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The history database was damaged and has been set aside as {recovered_from}; a new one was started. Nothing was deleted.</source>
        <translation>La base d’historique était endommagée&#x202f;; elle a été mise de côté sous {recovered_from} et une nouvelle a été créée. Rien n’a été supprimé.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Clé de licence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>NON vérifiée&#xa0;: {why}</translation>
    </message>
    <message>
        <source>All attempts</source>
        <extracomment>Widest the message column is sized to; longer messages elide (the tooltip has them whole). Filter label → (verified, code) arguments for HistoryStore.query.</extracomment>
        <translation>Toutes les tentatives</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifiée</translation>
    </message>
    <message>
        <source>Assigned (800)</source>
        <translation>Attribuée (800)</translation>
    </message>
    <message>
        <source>Refused (801)</source>
        <translation>Refusée (801)</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Vérifiée.</translation>
    </message>
    <message>
        <source>NOT verified: {why} ({reason}).</source>
        <translation>NON vérifiée&#xa0;: {why} ({reason}).</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>sent again (repeat)</source>
        <translation>renvoyée (répétition)</translation>
    </message>
    <message>
        <source>resolves attempt #{id}</source>
        <translation>résout la tentative n° {id}</translation>
    </message>
    <message>
        <source>Cancelled before an answer.</source>
        <translation>Annulée avant toute réponse.</translation>
    </message>
    <message>
        <source>No answer: the request failed.</source>
        <translation>Aucune réponse&#xa0;: la requête a échoué.</translation>
    </message>
    <message>
        <source>Outcome unknown: the request went out and no answer came back.</source>
        <translation>Résultat inconnu : la demande est partie et aucune réponse n’est revenue.</translation>
    </message>
    <message>
        <source>Not sent: the address is not secure.</source>
        <translation>Non envoyée&#xa0;: l’adresse n’est pas sûre.</translation>
    </message>
    <message>
        <source>Not sent: check the server&apos;s address and certificate.</source>
        <translation>Non envoyé : vérifiez l’adresse et le certificat du serveur.</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Rows the table shows; the export is not capped.</extracomment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>license key, owner, email, message…</source>
        <translation>clé de licence, titulaire, e-mail, message…</translation>
    </message>
    <message>
        <source>Accents and case do not matter: “muller” finds “Müller”.</source>
        <translation>Les accents et la casse ne comptent pas&#xa0;: «&#xa0;muller&#xa0;» trouve «&#xa0;Müller&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>Historique des attributions</translation>
    </message>
    <message>
        <source>Re-verification result</source>
        <translation>Résultat de la revérification</translation>
    </message>
    <message>
        <source>&amp;Re-verify selected</source>
        <translation>&amp;Revérifier la sélection</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Newest {count} shown: search or filter to narrow down (the export includes every match)</source>
        <translation>Les {count} plus récentes sont affichées&#xa0;: recherchez ou filtrez pour affiner (l’export inclut toutes les correspondances)</translation>
    </message>
    <message>
        <source>E&amp;xport filtered rows…</source>
        <translation>E&amp;xporter les lignes filtrées…</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n ligne exportée vers {path}.</numerusform>
            <numerusform>%n lignes exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A search or filter is on: {shown} of {every} rows match. Which rows should be exported?</source>
        <translation>Une recherche ou un filtre est actif&#xa0;: {shown} lignes sur {every} correspondent. Quelles lignes exporter&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Export %n filtered row(s)</source>
        <translation>
            <numerusform>Exporter %n ligne filtrée</numerusform>
            <numerusform>Exporter %n lignes filtrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n row(s)</source>
        <translation>
            <numerusform>Exporter la ligne (%n)</numerusform>
            <numerusform>Exporter les %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt #{id} was not re-verified: see the main window.</source>
        <translation>La tentative n°{id} n’a pas été revérifiée&#xa0;: voir la fenêtre principale.</translation>
    </message>
    <message>
        <source>signature verified with today&apos;s keys ({key})</source>
        <translation>signature vérifiée avec les clés actuelles ({key})</translation>
    </message>
    <message>
        <source>signature NOT verified: {why} ({reason})</source>
        <translation>signature NON vérifiée&#xa0;: {why} ({reason})</translation>
    </message>
    <message>
        <source>Attempt #{id} re-verified: {outcome} — {seal}.</source>
        <translation>Tentative n°{id} revérifiée&#xa0;: {outcome} — {seal}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E&amp;xport %n filtered row(s)…</source>
        <translation>
            <numerusform>E&amp;xporter %n ligne filtrée…</numerusform>
            <numerusform>E&amp;xporter %n lignes filtrées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E&amp;xport all %n row(s)…</source>
        <translation>
            <numerusform>E&amp;xporter la ligne (%n)…</numerusform>
            <numerusform>E&amp;xporter les %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Queued (807)</source>
        <translation>En file d’attente (807)</translation>
    </message>
    <message>
        <source>Nothing to verify</source>
        <translation>Rien à vérifier</translation>
    </message>
    <message>
        <source>This attempt got no response: {detail}</source>
        <translation>Cette tentative n’a reçu aucune réponse&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Could not write: {reason}.</source>
        <translation>Écriture impossible&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>A journal already exists at {path}; it was not overwritten.</source>
        <translation>Un journal existe déjà à l’emplacement {path}&#x202f;; il n’a pas été écrasé.</translation>
    </message>
    <message>
        <source>Cannot create {parent}: {reason}.</source>
        <translation>Impossible de créer {parent}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {exc}.</source>
        <translation>Impossible d’écrire le journal {path}&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Impossible de créer {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot use the journal {path}: {reason}; it was left as it is and nothing was sent.</source>
        <translation>Impossible d’utiliser le journal {path} : {reason} ; il a été laissé tel quel et rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>No journal at {path}.</source>
        <translation>Aucun journal à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>Cannot read the journal {path}: {reason}.</source>
        <translation>Impossible de lire le journal {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a licensegui batch journal (or it is damaged); it was left as it is and nothing was sent.</source>
        <translation>{path} n’est pas un journal de lot licensegui (ou il est endommagé)&#x202f;; il a été laissé tel quel et rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>{path} is not a licensegui batch journal this version can read.</source>
        <translation>{path} est un journal de lot que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({integrity}). It was left as it is; nothing was sent.</source>
        <translation>Le journal {path} est endommagé ({integrity}). Il a été laissé tel quel&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Cannot write a journal in the folder {folder}: it is read-only (or not yours). Choose another folder (--journal).</source>
        <translation>Impossible d’écrire un journal dans le dossier {folder} : il est en lecture seule (ou ne vous appartient pas). Choisissez un autre dossier (--journal).</translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {problem}.</source>
        <translation>Impossible d’écrire le journal {path} : {problem}.</translation>
    </message>
    <message>
        <source>The journal {path} is in use by another licensegui (a window or licensegui-cli running this batch). Let it finish or stop it first.</source>
        <translation>Le journal {path} est utilisé par un autre licensegui (une fenêtre ou licensegui-cli qui exécute ce lot). Laissez-le terminer ou arrêtez-le d’abord.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {exc}.</source>
        <translation>Impossible d’ouvrir le journal {path}&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {error}.</source>
        <translation>Impossible d’écrire le journal {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Row {n} is not waiting to be sent ({state}).</source>
        <translation>La ligne {n} n’attend pas d’envoi ({state}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <extracomment>The .xlsx&apos;s outcome columns: what a person reads first (status, the outcome in words, the server&apos;s code and message, when it was signed, the request&apos;s Idempotency-Key), then the rest of what the CSV has. Rows the ledger answered: nothing went out for them (issue 28), so no HTTP status of their own, and &quot;not sent&quot; rather than a verification that was never made now.</extracomment>
        <translation>Impossible d’écrire {path} : c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>JournalPrivacy</name>
    <message>
        <source>The batch journal {path} is in use by a running batch; the owner was not erased from it. Erase again once it has finished.</source>
        <extracomment>Journals a running batch holds: not changed. Rows of the owner still to be sent by an unfinished batch: not changed. Journals that could not be read (damaged): not changed. Damaged histories set aside that could not be read and still hold the address. The demo&apos;s records of who holds its keys, when they could not be erased from.</extracomment>
        <translation>Le journal de lot {path} est utilisé par un lot en cours ; le titulaire n’y a pas été effacé. Effacez à nouveau une fois le lot terminé.</translation>
    </message>
    <message>
        <source>{n} row(s) of this owner are still to be sent by an unfinished batch and were kept; erase again once it has finished.</source>
        <translation>{n} ligne(s) de ce titulaire doivent encore être envoyées par un lot inachevé et ont été conservées ; effacez à nouveau une fois le lot terminé.</translation>
    </message>
    <message>
        <source>The batch journal {path} could not be read; the owner may still be in it.</source>
        <translation>Le journal de lot {path} n’a pas pu être lu ; le titulaire y figure peut-être encore.</translation>
    </message>
    <message>
        <source>The damaged history set aside as {path} cannot be read and still holds the owner&apos;s address; delete it to erase them.</source>
        <translation>L’historique endommagé mis de côté sous {path} ne peut pas être lu et contient encore l’adresse du titulaire ; supprimez-le pour l’effacer.</translation>
    </message>
    <message>
        <source>The demo&apos;s records {path} could not be read; the owner may still be in them. Quit the demo and delete its folder to erase them.</source>
        <translation>Les enregistrements de la démo {path} n’ont pas pu être lus ; le titulaire peut encore y figurer. Quittez la démo et supprimez son dossier pour les effacer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO — a local sandbox server on this computer; nothing is sent to a vendor.</source>
        <extracomment>The demo sandbox is starting after the first paint (see ui.app): say so till then. Actions that would mix another source into a live request&apos;s result.</extracomment>
        <translation>DÉMO — un serveur bac à sable local sur cet ordinateur&#x202f;; rien n’est envoyé à un éditeur.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Démarrage du bac à sable de démonstration…</translation>
    </message>
    <message>
        <source>Checking where the API key is kept…</source>
        <translation>Recherche de l’emplacement de la clé d’API…</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Send a&amp;nyway</source>
        <translation>E&amp;nvoyer quand même</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Requête en cours</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>DEMO — a temporary sandbox: another licensegui window runs this computer&apos;s demo, so this one forgets its keys when it quits.</source>
        <translation>DÉMO — un bac à sable temporaire : une autre fenêtre licensegui exécute la démo de cet ordinateur, celle-ci oublie donc ses clés en quittant.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: {error}</source>
        <translation>Le bac à sable de démonstration n’a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Verify saved response…</source>
        <translation>&amp;Vérifier une réponse enregistrée…</translation>
    </message>
    <message>
        <source>Verify &amp;pasted response…</source>
        <translation>Vérifier une réponse &amp;collée…</translation>
    </message>
    <message>
        <source>&amp;Save response as…</source>
        <translation>&amp;Enregistrer la réponse sous…</translation>
    </message>
    <message>
        <source>&amp;Batch assign…</source>
        <translation>Attribution par &amp;lot…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Unknown outcomes…</source>
        <translation>Résultats &amp;inconnus…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About licensegui</source>
        <translation>À &amp;propos de licensegui</translation>
    </message>
    <message>
        <source>kept in memory for this session only — never written to disk.</source>
        <translation>conservée en mémoire pour cette session seulement — jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>not set yet — you will be asked for it at the first assignment, and it can be stored in {backend}.</source>
        <translation>pas encore définie — elle vous sera demandée à la première attribution et pourra être enregistrée dans {backend}.</translation>
    </message>
    <message>
        <source>not set yet — you will be asked for it at the first assignment and it is kept for this session only (no keyring available on this system).</source>
        <translation>pas encore définie — elle vous sera demandée à la première attribution et conservée pour cette session seulement (aucun trousseau disponible sur ce système).</translation>
    </message>
    <message>
        <source>No profile yet: open Settings to add your vendor&apos;s server.</source>
        <translation>Aucun profil pour l’instant&#xa0;: ouvrez les Paramètres pour ajouter le serveur de votre éditeur.</translation>
    </message>
    <message>
        <source>none — import one in Settings</source>
        <translation>aucune — importez-en une dans les Paramètres</translation>
    </message>
    <message>
        <source>API key: {where}</source>
        <translation>Clé d’API&#xa0;: {where}</translation>
    </message>
    <message>
        <source>{text}  ·  Trusted public keys: {keys}</source>
        <translation>{text}  ·  Clés publiques de confiance&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>API key: checking the keyring…  ·  Trusted public keys: {keys}</source>
        <translation>Clé d’API&#xa0;: vérification du trousseau…  ·  Clés publiques de confiance&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>No public key</source>
        <extracomment>How long after an answer the same form&apos;s Return is taken for a repeat of the press. (profile, request, when) of the last answer: a second Return on the unchanged form a moment after it is no new request (issue 28). The last request the ledger answered without sending (for &quot;Send anyway&quot;). The last request sent (for &quot;Check now&quot; / &quot;Send again&quot; from its headline).</extracomment>
        <translation>Aucune clé publique</translation>
    </message>
    <message>
        <source>The profile “{name}” has no public key, so no answer could be verified. Import the vendor&apos;s public key in Settings first.</source>
        <translation>Le profil «&#xa0;{name}&#xa0;» n’a pas de clé publique&#xa0;: aucune réponse ne pourrait être vérifiée. Importez d’abord la clé publique de l’éditeur dans les Paramètres.</translation>
    </message>
    <message>
        <source>Already assigned to this owner on {when} by this computer</source>
        <translation>Déjà attribuée à ce titulaire le {when} par cet ordinateur</translation>
    </message>
    <message>
        <source>Not sent again: this computer&apos;s history holds the server&apos;s signed answer, shown below as the receipt. “Send anyway” sends the same request again (the same Idempotency-Key while the server remembers it).</source>
        <translation>Non renvoyée : l&apos;historique de cet ordinateur contient la réponse signée du serveur, affichée ci-dessous comme reçu. « Envoyer quand même » renvoie la même requête (la même Idempotency-Key tant que le serveur s&apos;en souvient).</translation>
    </message>
    <message>
        <source>The server refused (801) because the key is already assigned — to this owner, by this computer.</source>
        <translation>Le serveur a refusé (801) car la clé est déjà attribuée — à ce titulaire, par cet ordinateur.</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by this computer</source>
        <translation>Déjà attribuée à {owner} ({email}) le {when} par cet ordinateur</translation>
    </message>
    <message>
        <source>Not sent: this computer assigned this key to someone else. “Send anyway” asks the server regardless (it will most likely refuse: 801).</source>
        <translation>Non envoyée : cet ordinateur a attribué cette clé à quelqu&apos;un d&apos;autre. « Envoyer quand même » interroge le serveur malgré tout (il refusera très probablement : 801).</translation>
    </message>
    <message>
        <source>The server refused (801): this computer assigned the key to {owner} ({email}) on {when}.</source>
        <translation>Le serveur a refusé (801) : cet ordinateur a attribué la clé à {owner} ({email}) le {when}.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Déjà attribuée</translation>
    </message>
    <message>
        <source>Assigned elsewhere</source>
        <translation>Attribuée ailleurs</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Clé API refusée</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Not authentic</source>
        <translation>Non authentique</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>Toujours inconnu</translation>
    </message>
    <message>
        <source>A request is out</source>
        <translation>Une requête est en cours</translation>
    </message>
    <message>
        <source>An assignment request is waiting for the server&apos;s answer. Quit anyway? The server may still assign the key: the attempt is kept as an unknown outcome, offered for checking at the next start (with the same Idempotency-Key, so nothing is assigned twice).</source>
        <translation>Une requête d&apos;attribution attend la réponse du serveur. Quitter quand même ? Le serveur peut encore attribuer la clé : la tentative est conservée comme résultat inconnu, proposée à la vérification au prochain démarrage (avec la même Idempotency-Key, donc rien n&apos;est attribué deux fois).</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Continuer d&apos;attendre</translation>
    </message>
    <message>
        <source>Unknown outcomes</source>
        <translation>Résultats inconnus</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) went out without an answer (a quit, a lost connection): the server may have assigned the key. Check now asks the server again with the same Idempotency-Key, so nothing is assigned twice.</source>
        <translation>
            <numerusform>%n requête est partie sans réponse (un arrêt, une connexion perdue) : le serveur a peut-être attribué la clé. « Vérifier maintenant » interroge de nouveau le serveur avec la même Idempotency-Key, donc rien n&apos;est attribué deux fois.</numerusform>
            <numerusform>%n requêtes sont parties sans réponse (un arrêt, une connexion perdue) : le serveur a peut-être attribué la clé. « Vérifier maintenant » interroge de nouveau le serveur avec la même Idempotency-Key, donc rien n&apos;est attribué deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Clé de licence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Check now: {license_key}</source>
        <translation>Vérifier maintenant : {license_key}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Answered (see History)</source>
        <translation>Répondue (voir l’historique)</translation>
    </message>
    <message>
        <source>Every request this computer sent has a known outcome: none is waiting to be checked.</source>
        <translation>Chaque demande envoyée par cet ordinateur a un résultat connu : aucune n’attend de vérification.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>The profile “{name}” no longer exists, so the request cannot be sent again from here.</source>
        <translation>Le profil « {name} » n&apos;existe plus : la requête ne peut pas être renvoyée d&apos;ici.</translation>
    </message>
    <message>
        <source>Live answer</source>
        <translation>Réponse en direct</translation>
    </message>
    <message>
        <source>Answered in {ms} ms</source>
        <translation>Réponse en {ms} ms</translation>
    </message>
    <message>
        <source>{status} · sent again: marked as a repeat in history</source>
        <translation>{status} · renvoyée : marquée comme répétition dans l&apos;historique</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Stored answer (receipt)</source>
        <translation>Réponse enregistrée (reçu)</translation>
    </message>
    <message>
        <source>Not sent: the team ledger answered.</source>
        <translation>Non envoyée : le registre de l’équipe a répondu.</translation>
    </message>
    <message>
        <source>Not sent: this computer&apos;s history answered.</source>
        <translation>Non envoyée : l&apos;historique de cet ordinateur a répondu.</translation>
    </message>
    <message>
        <source>The request did not complete; see below.</source>
        <translation>La requête n’a pas abouti&#x202f;; voir ci-dessous.</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Échec de la requête</translation>
    </message>
    <message>
        <source>{message} Pressing Assign again re-sends the same request (same Idempotency-Key): it cannot assign twice.</source>
        <translation>{message} Cliquer à nouveau sur Attribuer renvoie la même requête (même Idempotency-Key)&#xa0;: elle ne peut pas attribuer deux fois.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>The request was cancelled. If the server received it, the key may be assigned: pressing Assign again asks the server for the same request&apos;s answer, without assigning twice.</source>
        <translation>La requête a été annulée. Si le serveur l’a reçue, la clé est peut-être attribuée&#xa0;: cliquer à nouveau sur Attribuer demande au serveur la réponse à cette même requête, sans attribuer deux fois.</translation>
    </message>
    <message>
        <source>The request was cancelled after it went out.</source>
        <translation>La requête a été annulée après son envoi.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>The request went out and no answer came back: the server may have assigned the key. Press Assign again to learn the outcome (the same Idempotency-Key: it cannot assign twice).</source>
        <translation>La requête est partie et aucune réponse n&apos;est revenue : le serveur a peut-être attribué la clé. Appuyez de nouveau sur Attribuer pour connaître le résultat (la même Idempotency-Key : pas de double attribution).</translation>
    </message>
    <message>
        <source>The team ledger cannot be reached ({problem}): decided with this computer&apos;s knowledge only; it is shared once the team ledger is back.</source>
        <translation>Le registre de l’équipe est injoignable ({problem}) : décidé avec ce que sait cet ordinateur seulement ; ce sera partagé quand il sera de retour.</translation>
    </message>
    <message>
        <source>Outcome: {title}</source>
        <translation>Résultat&#xa0;: {title}</translation>
    </message>
    <message>
        <source>No signed answer</source>
        <translation>Pas de réponse signée</translation>
    </message>
    <message>
        <source>Still assigned to this owner</source>
        <translation>Toujours attribuée à ce titulaire</translation>
    </message>
    <message>
        <source>Sent again on purpose: the server confirmed the assignment it had made; nothing new was assigned.</source>
        <translation>Renvoyée volontairement : le serveur a confirmé l’attribution qu’il avait faite ; rien de nouveau n’a été attribué.</translation>
    </message>
    <message>
        <source>Not checked: {source} would be mixed with the request in progress. Wait for it, or cancel it first.</source>
        <translation>Non vérifiée&#xa0;: {source} serait mélangée à la requête en cours. Attendez-la ou annulez-la d’abord.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>Add a profile with the vendor&apos;s public key in Settings first.</source>
        <translation>Ajoutez d’abord un profil avec la clé publique de l’éditeur dans les Paramètres.</translation>
    </message>
    <message>
        <source>{source} (checked with “{name}”)</source>
        <translation>{source} (vérifiée avec «&#xa0;{name}&#xa0;»)</translation>
    </message>
    <message>
        <source>Checked {source}</source>
        <translation>{source} vérifiée</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Trop volumineux</translation>
    </message>
    <message>
        <source>{path} is too large to be a response.</source>
        <translation>{path} est trop volumineux pour être une réponse.</translation>
    </message>
    <message>
        <source>Verify a saved response</source>
        <translation>Vérifier une réponse enregistrée</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Pasted response</source>
        <translation>Réponse collée</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texte déposé</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Wait for the request to finish first.</source>
        <translation>Attendez d’abord la fin de la requête.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Not every API key change was made:</source>
        <translation>Toutes les modifications des clés d’API n’ont pas pu être faites&#xa0;:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The history cannot be opened: {error}</source>
        <translation>Impossible d’ouvrir l’historique&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source> (%n more unfinished)</source>
        <translation>
            <numerusform> (%n autre inachevé)</numerusform>
            <numerusform> (%n autres inachevés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Lot inachevé</translation>
    </message>
    <message>
        <source>The batch “{input_name}” started {when} against {base_url} was stopped before it finished: {left} rows are not done{more}. Open it to resume? Rows already sent are re-sent with the same keys, so nothing is assigned twice.</source>
        <translation>Le lot «&#xa0;{input_name}&#xa0;» lancé le {when} sur {base_url} a été arrêté avant la fin&#xa0;: {left} lignes ne sont pas traitées{more}. L’ouvrir pour le reprendre&#x202f;? Les lignes déjà envoyées sont renvoyées avec les mêmes clés, si bien que rien n’est attribué deux fois.</translation>
    </message>
    <message>
        <source>Open the batch</source>
        <translation>Ouvrir le lot</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Profile no longer exists</source>
        <translation>Le profil n’existe plus</translation>
    </message>
    <message>
        <source>Attempt #{id} was made with the profile “{profile}”, which no longer exists. Check it with the keys of “{name}”?</source>
        <translation>La tentative nº {id} a été faite avec le profil «&#xa0;{profile}&#xa0;», qui n’existe plus. La vérifier avec les clés de «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Check with these keys</source>
        <translation>Vérifier avec ces clés</translation>
    </message>
    <message>
        <source>History #{id}</source>
        <translation>Historique nº {id}</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>Some checks failed: see the details, and send them to support.</source>
        <translation>Certaines vérifications ont échoué&#xa0;: consultez les détails et envoyez-les à l’assistance.</translation>
    </message>
    <message>
        <source>The details are in English, for support.</source>
        <translation>Les détails sont en anglais, pour le support.</translation>
    </message>
    <message>
        <source>About licensegui</source>
        <translation>À propos de licensegui</translation>
    </message>
    <message>
        <source>Assign license keys on a Key Manager server and verify, truthfully, that its answers are authentic.</source>
        <translation>Attribuez des clés de licence sur un serveur Key Manager et vérifiez, en toute honnêteté, que ses réponses sont authentiques.</translation>
    </message>
    <message>
        <source>Qt {qt} · API key storage: {storage}</source>
        <translation>Qt {qt} · Stockage de la clé d’API&#xa0;: {storage}</translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation>Journaux&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>invalid API key</source>
        <translation>clé d’API non valide</translation>
    </message>
    <message>
        <source>The server does not know this API key. Check it in Settings → API key (copy it again from the vendor&apos;s portal).</source>
        <translation>Le serveur ne connaît pas cette clé d’API. Vérifiez-la dans Paramètres → Clé d’API (copiez-la de nouveau depuis le portail de l’éditeur).</translation>
    </message>
    <message>
        <source>inactive API key</source>
        <translation>clé d’API inactive</translation>
    </message>
    <message>
        <source>This API key is inactive. Ask your vendor to re-activate it.</source>
        <translation>Cette clé d’API est inactive. Demandez à votre éditeur de la réactiver.</translation>
    </message>
    <message>
        <source>API key lacks permission</source>
        <translation>la clé d’API n’a pas l’autorisation</translation>
    </message>
    <message>
        <source>This API key may not assign license keys. Ask your vendor to grant that permission.</source>
        <translation>Cette clé d’API ne peut pas attribuer de clés de licence. Demandez cette autorisation à votre éditeur.</translation>
    </message>
    <message>
        <source>API key not allowed from this IP address</source>
        <translation>clé d’API non autorisée depuis cette adresse IP</translation>
    </message>
    <message>
        <source>This API key cannot be used from your IP address. Ask your vendor to allow it.</source>
        <translation>Cette clé d’API ne peut pas être utilisée depuis votre adresse IP. Demandez à votre éditeur de l’autoriser.</translation>
    </message>
    <message>
        <source>The server denies this computer access (a blocked IP address or identifier). Ask your vendor.</source>
        <translation>Le serveur refuse l’accès à cet ordinateur (une adresse IP ou un identifiant bloqués). Demandez à votre fournisseur.</translation>
    </message>
    <message>
        <source>license key assigned</source>
        <translation>clé de licence attribuée</translation>
    </message>
    <message>
        <source>invalid or already assigned</source>
        <translation>invalide ou déjà attribuée</translation>
    </message>
    <message>
        <source>insufficient license keys</source>
        <translation>clés de licence insuffisantes</translation>
    </message>
    <message>
        <source>license keys assigned (bulk)</source>
        <translation>clés de licence attribuées (en lot)</translation>
    </message>
    <message>
        <source>product not found</source>
        <translation>produit introuvable</translation>
    </message>
    <message>
        <source>generator not found</source>
        <translation>générateur introuvable</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>an error (HTTP {http_status})</source>
        <extracomment>What the outcome line shows of a server&apos;s message at most (the details pane has it all). 9999-12-31: past this, platform time functions overflow (or raise) on some systems.</extracomment>
        <translation>une erreur (HTTP {http_status})</translation>
    </message>
    <message>
        <source>something else (HTTP {http_status})</source>
        <translation>autre chose (HTTP {http_status})</translation>
    </message>
    <message>
        <source>Server error (HTTP {http_status})</source>
        <translation>Erreur du serveur (HTTP {http_status})</translation>
    </message>
    <message>
        <source>No signed answer (HTTP {http_status})</source>
        <translation>Pas de réponse signée (HTTP {http_status})</translation>
    </message>
    <message>
        <source>The server answered with {what}, not a signed answer. Nothing was verified; try again later, or ask your vendor if it persists.</source>
        <translation>Le serveur a répondu par {what}, pas par une réponse signée. Rien n’a été vérifié&#x202f;; réessayez plus tard ou contactez votre éditeur si cela persiste.</translation>
    </message>
    <message>
        <source> It claims {code} “{message}”.</source>
        <translation> Elle prétend {code} «&#xa0;{message}&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown — the answer is not authentic</source>
        <translation>Inconnu — la réponse n’est pas authentique</translation>
    </message>
    <message>
        <source>Do not rely on this answer: it could not be shown to come from your vendor&apos;s server.{claim} Check again, or ask your vendor.</source>
        <translation>Ne vous fiez pas à cette réponse&#xa0;: rien ne montre qu’elle provient du serveur de votre éditeur.{claim} Vérifiez à nouveau ou contactez votre éditeur.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>The license key is now assigned to this owner.</source>
        <translation>La clé de licence est maintenant attribuée à ce titulaire.</translation>
    </message>
    <message>
        <source>Assigned (bulk)</source>
        <translation>Attribuée (en bloc)</translation>
    </message>
    <message>
        <source>request queued</source>
        <translation>requête en file d’attente</translation>
    </message>
    <message>
        <source>Queued (807)</source>
        <translation>En file d’attente (807)</translation>
    </message>
    <message>
        <source>The server queued the request; check later.</source>
        <translation>Le serveur a mis la requête en file d’attente&#x202f;; vérifiez plus tard.</translation>
    </message>
    <message>
        <source>API key problem ({code}): {message}</source>
        <translation>Problème de clé d’API ({code})&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Refused ({code}): {meaning}</source>
        <translation>Refusée ({code})&#xa0;: {meaning}</translation>
    </message>
    <message>
        <source>Code {code}: {message}</source>
        <translation>Code {code}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Not an assignment result.</source>
        <extracomment>Any other code (verify, activate, details codes, or one the API adds later).</extracomment>
        <translation>Ce n’est pas un résultat d’attribution.</translation>
    </message>
    <message>
        <source>Access denied ({code}): {message}</source>
        <translation>Accès refusé ({code}) : {message}</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by {staff} on {computer} (team ledger).</source>
        <translation>Déjà attribuée à {owner} ({email}) le {when} par {staff} sur {computer} (registre de l’équipe).</translation>
    </message>
    <message>
        <source>This computer has no record of this key: it is invalid, or it was assigned elsewhere (another computer, the vendor&apos;s portal).</source>
        <extracomment>After a verified 801 when this computer knows nothing of the key.</extracomment>
        <translation>Cet ordinateur n’a aucune trace de cette clé : elle est invalide, ou elle a été attribuée ailleurs (un autre ordinateur, le portail du fournisseur).</translation>
    </message>
    <message>
        <source>The server says it is already assigned: to this owner, on {when} by this computer.</source>
        <translation>Le serveur indique qu’elle est déjà attribuée : à ce titulaire, le {when} par cet ordinateur.</translation>
    </message>
    <message>
        <source>Already assigned to this owner on {when} by this computer. Nothing was sent again; the stored signed answer is the receipt.</source>
        <translation>Déjà attribuée à ce titulaire le {when} par cet ordinateur. Rien n’a été renvoyé ; la réponse signée enregistrée fait foi.</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Déjà attribuée</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by this computer.</source>
        <translation>Déjà attribuée à {owner} ({email}) le {when} par cet ordinateur.</translation>
    </message>
    <message>
        <source>{sentence} Nothing was sent.</source>
        <translation>{sentence} Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Assigned to someone else</source>
        <translation>Attribuée à quelqu’un d’autre</translation>
    </message>
    <message>
        <source>This computer holds no answer assigning this key, but its attempt #{attempt} for {owner} ({email}) on {when} has no known outcome and may hold it. Check that attempt (View → Unknown outcomes…, or licensegui-cli history check).</source>
        <translation>Cet ordinateur n’a aucune réponse attribuant cette clé, mais sa tentative n° {attempt} pour {owner} ({email}) du {when} n’a pas de résultat connu et pourrait l’avoir attribuée. Vérifiez cette tentative (Affichage → Résultats inconnus… ou licensegui-cli history check).</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>The request went out and no answer came back: the server may have assigned the key. Send the same request again to learn the outcome (it is sent with the same Idempotency-Key).</source>
        <translation>La demande est partie et aucune réponse n’est revenue : le serveur a peut-être attribué la clé. Renvoyez la même demande pour connaître le résultat (elle part avec la même Idempotency-Key).</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>signature vérifiée</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>réponse vide</translation>
    </message>
    <message>
        <source>not a signed response</source>
        <translation>pas une réponse signée</translation>
    </message>
    <message>
        <source>the server did not sign it</source>
        <translation>le serveur ne l’a pas signée</translation>
    </message>
    <message>
        <source>unknown signing key</source>
        <translation>clé de signature inconnue</translation>
    </message>
    <message>
        <source>no {label} key configured</source>
        <translation>aucune clé «&#xa0;{label}&#xa0;» configurée</translation>
    </message>
    <message>
        <source>signature is garbled</source>
        <translation>signature illisible</translation>
    </message>
    <message>
        <source>signature has the wrong size</source>
        <translation>signature de mauvaise taille</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>la signature ne correspond pas</translation>
    </message>
    <message>
        <source>signed text is garbled</source>
        <translation>texte signé illisible</translation>
    </message>
    <message>
        <source>signed payload is malformed</source>
        <translation>contenu signé mal formé</translation>
    </message>
    <message>
        <source>edited after signing</source>
        <translation>modifiée après signature</translation>
    </message>
    <message>
        <source>stale or replayed</source>
        <translation>périmée ou rejouée</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>n’a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>implausible signed values</source>
        <translation>valeurs signées invraisemblables</translation>
    </message>
    <message>
        <source>a replayed earlier answer</source>
        <translation>une réponse antérieure rejouée</translation>
    </message>
    <message>
        <source>{timestamp} (not a plausible time)</source>
        <translation>{timestamp} (heure invraisemblable)</translation>
    </message>
    <message>
        <source>in {n} s</source>
        <translation>dans {n} s</translation>
    </message>
    <message>
        <source>{n} s ago</source>
        <translation>il y a {n} s</translation>
    </message>
    <message>
        <source>in {n} min</source>
        <translation>dans {n} min</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>il y a {n} min</translation>
    </message>
    <message>
        <source>in {n} h</source>
        <translation>dans {n} h</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>il y a {n} h</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Verify a pasted response</source>
        <translation>Vérifier une réponse collée</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Paste the whole response body, exactly as received (Return verifies it; Shift+Return starts a new line):</source>
        <translation>Collez le corps entier de la réponse, exactement tel que reçu (Entrée le vérifie ; Maj+Entrée commence une nouvelle ligne) :</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>“{text}”</source>
        <translation>« {text} »</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Edited after signing (the signed value counts):</source>
        <translation>Modifié après signature (la valeur signée fait foi) :</translation>
    </message>
    <message>
        <source>{field}: signed {signed}, readable copy says {readable}</source>
        <translation>{field} : signé {signed}, la copie lisible indique {readable}</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>memory, this session only</source>
        <translation>mémoire, cette session seulement</translation>
    </message>
    <message>
        <source>Not stored: no keyring available on this system{why} — kept for this session only.</source>
        <translation>Non enregistrée&#xa0;: aucun trousseau disponible sur ce système{why} — conservée pour cette session seulement.</translation>
    </message>
    <message>
        <source>Stored in {name}.</source>
        <translation>Enregistrée dans {name}.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it (or allow access) and try again.</source>
        <translation>Le trousseau est verrouillé&#x202f;; déverrouillez-le (ou autorisez l’accès) et réessayez.</translation>
    </message>
    <message>
        <source>The keyring refused to read the API key: {exc}</source>
        <translation>Le trousseau a refusé de lire la clé d’API&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>Not set. {sentence}</source>
        <translation>Non définie. {sentence}</translation>
    </message>
    <message>
        <source>kept in memory for this session only — never written to disk.</source>
        <translation>conservée en mémoire pour cette session seulement — jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>The keyring refused to save the API key: {exc}</source>
        <translation>Le trousseau a refusé d’enregistrer la clé d’API&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>The keyring refused to delete the API key: {exc}</source>
        <translation>Le trousseau a refusé de supprimer la clé d’API&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>{profile}: the keyring could not keep the API key ({why}); it is kept for this session only and will be asked for again at the next start.</source>
        <translation>{profile} : le trousseau n’a pas pu garder la clé d’API ({why}) ; elle est gardée pour cette session seulement et sera redemandée au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Replayed: this exact signed answer was already received for attempt #{attempt} at {when} (license key {license_key}). The signature is genuine, but the answer is not for this request. Do not rely on it.</source>
        <extracomment>How far apart (seconds) two genuine answers with the same signed timestamp can be: the server&apos;s clock ticks in whole seconds. See :func:`check_replay`. Allowance for how the time an old row&apos;s answer arrived is estimated (start + elapsed).</extracomment>
        <translation>Rejouée&#xa0;: cette même réponse signée a déjà été reçue pour la tentative n°&#xa0;{attempt} le {when} (clé de licence {license_key}). La signature est authentique, mais la réponse ne concerne pas cette requête. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>Not recorded in history: {exc}</source>
        <translation>Non enregistrée dans l’historique&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>History could not be consulted before sending: {exc}</source>
        <extracomment>The answer; for ``already_assigned`` the stored signed answer, verified again. (reason, sentence) when there is no answer: ``network_error``, ``cancelled`` or ``insecure_url`` (the server redirected to plain http: nothing was sent there). Whether it went out is ``outcome``: ``unknown`` (it did), ``cancelled`` (never sent). A sentence when the attempt could not be recorded (shown with the result). A :class:`codes.Outcome` value. What the ledger knew (who and when), where that decided or explains the outcome. False when the ledger answered and nothing went out. A deliberate &quot;send anyway&quot; of an already-assigned request. The history id of the unknown outcome this answer resolves. A sentence to show beside the outcome (a re-send after the idempotency window). The team ledger: &quot;consulted&quot;, &quot;offline&quot; (``team_problem`` says why) or &quot;not_configured&quot; (issue 27).</extracomment>
        <translation>L’historique n’a pas pu être consulté avant l’envoi : {exc}</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Annulée par l’utilisateur.</translation>
    </message>
    <message>
        <source>Sent; no answer has been recorded.</source>
        <translation>Envoyée ; aucune réponse n’a été enregistrée.</translation>
    </message>
    <message>
        <source>Sent again exactly as first written ({email}), with the first request&apos;s Idempotency-Key, so that the server answers that request.</source>
        <translation>Renvoyée exactement comme écrite la première fois ({email}), avec l’Idempotency-Key de la première requête, pour que le serveur réponde à cette requête.</translation>
    </message>
    <message>
        <source>The first send was on {when}, longer ago than the server is expected to remember it: this re-send may be answered 801 for that very assignment.</source>
        <translation>Le premier envoi date du {when}, plus ancien que ce dont le serveur est censé se souvenir : ce renvoi peut recevoir la réponse 801, à cause de cette attribution même.</translation>
    </message>
    <message>
        <source>Cancelled while the request was out: the server may have acted on it. Send it again to learn the outcome (the same request is answered the same).</source>
        <translation>Annulée pendant que la demande était en cours : le serveur l’a peut-être traitée. Renvoyez-la pour connaître le résultat (la même demande reçoit la même réponse).</translation>
    </message>
    <message>
        <source>Not recorded in history: {history_unavailable}</source>
        <translation>Non enregistrée dans l’historique&#xa0;: {history_unavailable}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings could not be read ({strerror}); using defaults.</source>
        <extracomment>The largest settings file read: ours are a few KB (profiles with their public keys). How long a server is expected to remember an Idempotency-Key (the ledger&apos;s window): a minute to 30 days; the default is the common day of idempotency stores. History retention in days; 0 keeps everything. Languages the window can be shown in (&quot;&quot; = as the OS). The names live in the UI. A PEM public key or certificate is a few KiB; anything far larger is not one. The batch window&apos;s &quot;Requests at a time&quot; (the runner&apos;s own bounds, 1 to 8; default 2). Column mappings remembered (by the header&apos;s signature): a few per reseller&apos;s spreadsheets, bounded so a damaged file cannot grow without end; the oldest go first. Demo profiles live for one run and are never written to disk. The team ledger shared with colleagues for this server (a PostgreSQL URL without a password: that lives in the keyring), &quot;&quot; for none; and whether nothing is sent while it cannot be reached (issue 27). Delete attempts older than this many days (personal data); 0 keeps everything. The window&apos;s language: &quot;&quot; follows the OS, else one of LANGUAGE_CODES. How long a request is re-sent with its first Idempotency-Key (see core/ledger.py). The batch window&apos;s &quot;Requests at a time&quot;, as the user last chose it. Batch column mappings the user chose: header signature → {field: header name}. &quot;Your name&quot; in the team ledger; &quot;&quot; for LICENSEGUI_STAFF or the OS user name.</extracomment>
        <translation>Les paramètres n’ont pas pu être lus ({strerror})&#x202f;; valeurs par défaut utilisées.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as {name}.</source>
        <translation>Le fichier de paramètres était endommagé&#x202f;; il a été conservé sous {name}.</translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import {label} public key</source>
        <translation>Importer la clé publique «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Clear {label} public key</source>
        <translation>Retirer la clé publique «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the {label} public key</source>
        <translation>Empreinte SHA-256 de la clé publique {label}</translation>
    </message>
    <message>
        <source>RSA {bits}-bit · SHA-256:</source>
        <translation>RSA {bits} bits · SHA-256 :</translation>
    </message>
    <message>
        <source>Team ledger address</source>
        <extracomment>(url, required) as the user edits them.</extracomment>
        <translation>Adresse du registre de l’équipe</translation>
    </message>
    <message>
        <source>Send nothing while it cannot be reached</source>
        <translation>Ne rien envoyer tant qu’il est injoignable</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Team ledger password</source>
        <translation>Mot de passe du registre de l’équipe</translation>
    </message>
    <message>
        <source>Password of {account} (kept in the keyring):</source>
        <translation>Mot de passe de {account} (gardé dans le trousseau) :</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring ({kind}); give it to libpq by PGPASSWORD or .pgpass instead.</source>
        <translation>Le mot de passe n’a pas pu être gardé dans le trousseau ({kind}) ; donnez-le à libpq par PGPASSWORD ou .pgpass.</translation>
    </message>
    <message>
        <source>Password kept in the keyring.</source>
        <translation>Mot de passe gardé dans le trousseau.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not reachable: {problem}</source>
        <translation>Injoignable : {problem}</translation>
    </message>
    <message>
        <source>Reachable: schema version {version}, {records} records.</source>
        <translation>Joignable : version du schéma {version}, {records} enregistrements.</translation>
    </message>
    <message>
        <source>Set up licensegui</source>
        <extracomment>An API key change waiting for OK: (&quot;keyring&quot;|&quot;session&quot;, key) or (&quot;delete&quot;, &quot;&quot;).</extracomment>
        <translation>Configurer licensegui</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Profiles</source>
        <extracomment>API key changes to carry out after OK (see key_changes()).</extracomment>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation>&amp;Ajouter un profil</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Profiles (one per vendor server):</source>
        <translation>Profils (un par serveur d’éditeur)&#xa0;:</translation>
    </message>
    <message>
        <source>Set / re&amp;place API key…</source>
        <translation>Définir / rem&amp;placer la clé d’API…</translation>
    </message>
    <message>
        <source>Remo&amp;ve API key</source>
        <translation>Retirer la clé d’AP&amp;I</translation>
    </message>
    <message>
        <source>The demo profile is built in and never saved; its server keeps its keys and what it assigned in this computer&apos;s data folder.</source>
        <translation>Le profil de démo est intégré et jamais enregistré ; son serveur conserve ses clés et ses attributions dans le dossier de données de cet ordinateur.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>Global public key:</source>
        <translation>Clé publique globale&#xa0;:</translation>
    </message>
    <message>
        <source>Product public key:</source>
        <translation>Clé publique produit&#xa0;:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Team led&amp;ger:</source>
        <translation>Re&amp;gistre de l’équipe :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>A new language applies when licensegui starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de licensegui.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Re&amp;play window (±):</source>
        <translation>Fenêtre de re&amp;jeu (±)&#xa0;:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Délai d’a&amp;ttente des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>default: “{name}”</source>
        <translation>par défaut : « {name} »</translation>
    </message>
    <message>
        <source>Your name (team ledger):</source>
        <translation>Votre nom (registre de l’équipe) :</translation>
    </message>
    <message>
        <source>What do I need? (User guide)</source>
        <translation>De quoi ai-je besoin&#xa0;? (Guide de l’utilisateur)</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Erase an owner…</source>
        <translation>&amp;Effacer un titulaire…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Keep attempts for:</source>
        <translation>&amp;Conserver les tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Vendor {n}</source>
        <translation>Éditeur {n}</translation>
    </message>
    <message>
        <source>Import the {label} public key</source>
        <translation>Importer la clé publique «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>PEM public keys (*.pem *.pub *.txt);;All files (*)</source>
        <translation>Clés publiques PEM (*.pem *.pub *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Will be removed when you press OK.</source>
        <translation>Sera supprimée quand vous cliquerez sur OK.</translation>
    </message>
    <message>
        <source>Will be saved in {backend} when you press OK.</source>
        <translation>Sera enregistrée dans {backend} quand vous cliquerez sur OK.</translation>
    </message>
    <message>
        <source>Will be kept in memory for this session only (when you press OK).</source>
        <translation>Sera conservée en mémoire pour cette session seulement (quand vous cliquerez sur OK).</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Set — {where}</source>
        <translation>Définie — {where}</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>Clé d’API non enregistrée</translation>
    </message>
    <message>
        <source>Remove API key</source>
        <translation>Retirer la clé d’API</translation>
    </message>
    <message>
        <source>Remove the API key of “{name}” from {where}? It is removed when you press OK; Cancel keeps it.</source>
        <translation>Retirer la clé d’API de «&#xa0;{name}&#xa0;» de {where}&#x202f;? Elle sera retirée quand vous cliquerez sur OK&#x202f;; Annuler la conserve.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La conserver</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>How long the server is expected to remember a request&apos;s Idempotency-Key. Within it the same request is sent again with its first key; after it, a re-send may be answered 801.</source>
        <translation>Durée pendant laquelle le serveur est censé se souvenir de l&apos;Idempotency-Key d&apos;une requête. Pendant ce délai, la même requête est renvoyée avec sa première clé ; au-delà, un renvoi peut recevoir la réponse 801.</translation>
    </message>
    <message>
        <source>Same &amp;request, same key for:</source>
        <translation>Même &amp;requête, même clé pendant :</translation>
    </message>
    <message>
        <source>Erase an owner</source>
        <translation>Effacer un titulaire</translation>
    </message>
    <message>
        <source>Email of the owner to erase from the history:</source>
        <translation>E-mail du titulaire à effacer de l’historique&#xa0;:</translation>
    </message>
    <message>
        <source>Remove the name and email of {email} from every attempt in the history? This cannot be undone. (The signed answers stay: they hold no personal data.)</source>
        <translation>Retirer le nom et l’e-mail de {email} de toutes les tentatives de l’historique&#x202f;? C’est irréversible. (Les réponses signées restent&#xa0;: elles ne contiennent aucune donnée personnelle.)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message numerus="yes">
        <source>Erased {email} from %n attempt(s).</source>
        <translation>
            <numerusform>{email} effacé de %n tentative.</numerusform>
            <numerusform>{email} effacé de %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two profiles are named {name!r}.</source>
        <translation>Deux profils s’appellent {name!r}.</translation>
    </message>
    <message>
        <source>Check the profile</source>
        <translation>Vérifiez le profil</translation>
    </message>
</context>
<context>
    <name>TeamLedger</name>
    <message>
        <source>The team ledger&apos;s address must start with postgresql:// (like postgresql://alice@db.example/licensegui).</source>
        <extracomment>libpq&apos;s TLS modes that verify the server (anything weaker only to this computer). The keyring&apos;s service name for the team ledger&apos;s passwords (username: the address).</extracomment>
        <translation>L’adresse du registre de l’équipe doit commencer par postgresql:// (comme postgresql://alice@db.example/licensegui).</translation>
    </message>
    <message>
        <source>The team ledger&apos;s address must not hold a password: it would be seen in the process list, the shell&apos;s history and the settings. Store it with “licensegui-cli ledger password”, or give it to libpq by PGPASSWORD or .pgpass. Nothing was sent.</source>
        <translation>L’adresse du registre de l’équipe ne doit pas contenir de mot de passe : il serait visible dans la liste des processus, l’historique du shell et les réglages. Enregistrez-le avec « licensegui-cli ledger password », ou donnez-le à libpq par PGPASSWORD ou .pgpass. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The port in the team ledger&apos;s address is not a number.</source>
        <translation>Le port de l’adresse du registre de l’équipe n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The team ledger&apos;s address needs a user, a host and a database: postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>L’adresse du registre de l’équipe demande un utilisateur, un hôte et une base : postgresql://UTILISATEUR@HÔTE[:PORT]/BASE.</translation>
    </message>
    <message>
        <source>The team ledger&apos;s address has parameters this program does not pass on: {names}.</source>
        <translation>L’adresse du registre de l’équipe a des paramètres que ce programme ne transmet pas : {names}.</translation>
    </message>
    <message>
        <source>sslmode={mode} would not verify the team ledger&apos;s server: only verify-full or verify-ca are allowed beyond this computer.</source>
        <translation>sslmode={mode} ne vérifierait pas le serveur du registre de l’équipe : hors de cet ordinateur, seuls verify-full ou verify-ca sont permis.</translation>
    </message>
    <message>
        <source>The team ledger is required and cannot be reached ({problem}); nothing was sent.</source>
        <translation>Le registre de l’équipe est requis et injoignable ({problem}) ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>the team ledger has no tables yet: an administrator runs “licensegui-cli ledger init URL” once</source>
        <translation>le registre de l’équipe n’a pas encore de tables : un administrateur exécute une fois « licensegui-cli ledger init URL »</translation>
    </message>
    <message>
        <source>the team ledger&apos;s tables are older (version {found}) than this program&apos;s ({mine}): an administrator runs “licensegui-cli ledger init URL” to migrate them</source>
        <translation>les tables du registre de l’équipe sont plus anciennes (version {found}) que celles de ce programme ({mine}) : un administrateur exécute « licensegui-cli ledger init URL » pour les migrer</translation>
    </message>
    <message>
        <source>the team ledger&apos;s tables are newer (version {found}) than this program reads ({mine}): update licensegui</source>
        <translation>les tables du registre de l’équipe sont plus récentes (version {found}) que ce que ce programme lit ({mine}) : mettez licensegui à jour</translation>
    </message>
    <message>
        <source>the team ledger cannot be used: {problem}</source>
        <translation>le registre de l’équipe ne peut pas être utilisé : {problem}</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Unknown key label {label!r}: expected one of {labels}.</source>
        <translation>Libellé de clé inconnu {label!r}&#xa0;: attendu l’un de {labels}.</translation>
    </message>
    <message>
        <source> in {source}</source>
        <translation> dans {source}</translation>
    </message>
    <message>
        <source>The file{where} is too large to be a public key.</source>
        <translation>Le fichier{where} est trop volumineux pour être une clé publique.</translation>
    </message>
    <message>
        <source>The file{where} holds a PRIVATE key. Ask your vendor for the PUBLIC key (&quot;Download Public Key&quot; in the admin portal); keep the private key off this machine.</source>
        <translation>Le fichier{where} contient une clé PRIVÉE. Demandez la clé PUBLIQUE à votre éditeur («&#xa0;Download Public Key&#xa0;» dans le portail d’administration)&#x202f;; gardez la clé privée hors de cette machine.</translation>
    </message>
    <message>
        <source>No PEM public key{where}: expected text starting with &apos;-----BEGIN PUBLIC KEY-----&apos;.</source>
        <translation>Pas de clé publique PEM{where}&#xa0;: un texte commençant par «&#xa0;-----BEGIN PUBLIC KEY-----&#xa0;» est attendu.</translation>
    </message>
    <message>
        <source>Unsupported public key{where}: {exc}.</source>
        <translation>Clé publique non prise en charge{where}&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>The RSA key{where} has {bits} bits; keys under {MIN_KEY_BITS} bits are refused.</source>
        <translation>La clé RSA{where} fait {bits} bits&#x202f;; les clés de moins de {MIN_KEY_BITS} bits sont refusées.</translation>
    </message>
    <message>
        <source>The RSA key{where} has {bits} bits; more than {MAX_KEY_BITS} is refused.</source>
        <translation>La clé RSA{where} fait {bits} bits&#x202f;; au-delà de {MAX_KEY_BITS}, elle est refusée.</translation>
    </message>
    <message>
        <source>Cannot read key file {path}: {reason}.</source>
        <translation>Impossible de lire le fichier de clé {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>licensegui user guide</source>
        <extracomment>Widest an image is shown (screenshots are larger; the window is a reading width).</extracomment>
        <translation>Guide de l’utilisateur de licensegui</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({path}). It is also online in the project&apos;s docs/user-guide.md.</source>
        <translation>Le guide de l’utilisateur manque dans cette installation ({path}). Il est aussi en ligne dans docs/user-guide.md du projet.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a license key.</source>
        <translation>Saisissez une clé de licence.</translation>
    </message>
    <message>
        <source>A license key has no spaces or line breaks inside.</source>
        <translation>Une clé de licence ne contient ni espaces ni retours à la ligne.</translation>
    </message>
    <message>
        <source>Too short for a license key (min {LICENSE_KEY_MIN}).</source>
        <translation>Trop courte pour une clé de licence (minimum {LICENSE_KEY_MIN}).</translation>
    </message>
    <message>
        <source>Use only letters, digits and - . _ : in a license key.</source>
        <translation>N’utilisez que des lettres, des chiffres et - . _&#xa0;: dans une clé de licence.</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s name.</source>
        <translation>Saisissez le nom du titulaire.</translation>
    </message>
    <message>
        <source>Too long for a license key ({length} &gt; {LICENSE_KEY_MAX}).</source>
        <translation>Trop longue pour une clé de licence ({length} &gt; {LICENSE_KEY_MAX}).</translation>
    </message>
    <message>
        <source>Name too long ({length} &gt; {OWNER_NAME_MAX}).</source>
        <translation>Nom trop long ({length} &gt; {OWNER_NAME_MAX}).</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>Le nom contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s email.</source>
        <translation>Saisissez l’e-mail du titulaire.</translation>
    </message>
    <message>
        <source>Not a valid email address (like name@example.com).</source>
        <translation>Adresse e-mail non valide (par exemple nom@example.com).</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (127.0.0.1); use https://.</source>
        <translation>Le http:// en clair n’est autorisé que vers cet ordinateur (127.0.0.1)&#x202f;; utilisez https://.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L’adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s API address.</source>
        <translation>Saisissez l’adresse de l’API du serveur.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>L’adresse contient des espaces.</translation>
    </message>
    <message>
        <source>The address is not a valid URL ({problem}).</source>
        <translation>L’adresse n’est pas une URL valide ({problem}).</translation>
    </message>
    <message>
        <source>The address must start with https:// (like https://vendor.example/api/v1).</source>
        <translation>L’adresse doit commencer par https:// (par exemple https://vendor.example/api/v1).</translation>
    </message>
    <message>
        <source>The port in the address is not a number.</source>
        <translation>Le port de l’adresse n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The address has no valid host name.</source>
        <translation>L’adresse n’a pas de nom d’hôte valide.</translation>
    </message>
    <message>
        <source>Do not put credentials in the address; the API key is asked for apart.</source>
        <translation>Ne mettez pas d’identifiants dans l’adresse&#x202f;; la clé d’API est demandée à part.</translation>
    </message>
    <message>
        <source>The address must not contain ? or #.</source>
        <translation>L’adresse ne doit contenir ni&#x202f;? ni #.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d’API.</translation>
    </message>
    <message>
        <source>Too long for an API key (max {API_KEY_MAX}).</source>
        <translation>Trop longue pour une clé d’API (maximum {API_KEY_MAX}).</translation>
    </message>
    <message>
        <source>An API key has no spaces or special characters.</source>
        <translation>Une clé d’API ne contient ni espaces ni caractères spéciaux.</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>Saisissez un nom de profil.</translation>
    </message>
    <message>
        <source>Use up to 60 printable characters for a profile name.</source>
        <translation>Utilisez jusqu’à 60 caractères imprimables pour un nom de profil.</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>No response yet</source>
        <extracomment>How often a shown signature&apos;s age (&quot;12 s ago&quot;) is said again. The clock the age is told by (a test moves it).</extracomment>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Assign a key, or verify a saved response (File → Verify saved response).</source>
        <translation>Attribuez une clé ou vérifiez une réponse enregistrée (Fichier → Vérifier une réponse enregistrée).</translation>
    </message>
    <message>
        <source>No answer to verify</source>
        <translation>Aucune réponse à vérifier</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>Press Esc or Cancel to stop.</source>
        <translation>Appuyez sur Échap ou Annuler pour arrêter.</translation>
    </message>
    <message>
        <source>Signed {time} ({age})</source>
        <translation>Signée {time} ({age})</translation>
    </message>
    <message>
        <source>Claimed timestamp {time} ({age})</source>
        <translation>Horodatage annoncé {time} ({age})</translation>
    </message>
    <message>
        <source> · saved response: age not checked</source>
        <translation> · réponse enregistrée&#xa0;: âge non contrôlé</translation>
    </message>
    <message>
        <source>Key: {key_label} · {key_bits}-bit · SHA-256 {group}</source>
        <translation>Clé&#xa0;: {key_label} · {key_bits} bits · SHA-256 {group}</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signature vérifiée</translation>
    </message>
    <message>
        <source>Checked against: {key_label} key {group}</source>
        <translation>Contrôlée avec&#xa0;: clé «&#xa0;{key_label}&#xa0;» {group}</translation>
    </message>
    <message>
        <source>NOT verified — {short_reason}</source>
        <translation>NON vérifiée — {short_reason}</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>duplicate member {key!r}</source>
        <translation>membre en double {key!r}</translation>
    </message>
    <message>
        <source>{name} is not JSON</source>
        <translation>{name} n’est pas du JSON</translation>
    </message>
    <message>
        <source>nested more than {MAX_JSON_DEPTH} levels deep</source>
        <extracomment>Real envelopes nest three levels; past this a body is refused before anything recursive (comparison, pretty-printing) could run out of stack on it.</extracomment>
        <translation>imbriqué sur plus de {MAX_JSON_DEPTH} niveaux</translation>
    </message>
    <message>
        <source>The signed payload (response_base64) is not valid base64.</source>
        <extracomment>No Key Manager answer predates 2000-01-01; an earlier signed time is a forgery or a bug. A signed time this far ahead of the local clock cannot be a real answer, live or saved. Key Manager codes are three digits; messages are one short sentence. What a server with no signing key configured puts in ``signature``. True/False once the RSA check ran; None when it could not run (e.g. no key). Decoded signed payload. Present even when not verified, so QA can see what was *claimed*; a front must label it unverified unless ``verified`` is True. The envelope&apos;s ``signature`` text as received (to recognise a replayed answer).</extracomment>
        <translation>Le contenu signé (response_base64) n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The signed payload does not decode to JSON.</source>
        <translation>Le contenu signé ne se décode pas en JSON.</translation>
    </message>
    <message>
        <source>The signed payload is not a JSON object.</source>
        <translation>Le contenu signé n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The signed payload has no numeric code.</source>
        <translation>Le contenu signé n’a pas de code numérique.</translation>
    </message>
    <message>
        <source>The signed payload has no message text.</source>
        <translation>Le contenu signé n’a pas de texte de message.</translation>
    </message>
    <message>
        <source>The signed payload has no timestamp.</source>
        <translation>Le contenu signé n’a pas d’horodatage.</translation>
    </message>
    <message>
        <source>The response is not UTF-8 text.</source>
        <translation>La réponse n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>Le corps de la réponse est vide.</translation>
    </message>
    <message>
        <source>The response is not valid JSON{hint}.</source>
        <translation>La réponse n’est pas du JSON valide{hint}.</translation>
    </message>
    <message>
        <source>The response is JSON but not a signed envelope.</source>
        <translation>La réponse est du JSON mais pas une enveloppe signée.</translation>
    </message>
    <message>
        <source>The response is not a signed envelope: missing {fields}.</source>
        <translation>La réponse n’est pas une enveloppe signée&#xa0;: il manque {fields}.</translation>
    </message>
    <message>
        <source>The signed envelope has fields of the wrong type: {fields}.</source>
        <translation>L’enveloppe signée a des champs du mauvais type&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>The server did not sign this response (“Private key not set”): its signing key is not configured.</source>
        <translation>Le serveur n’a pas signé cette réponse («&#xa0;Private key not set&#xa0;»)&#xa0;: sa clé de signature n’est pas configurée.</translation>
    </message>
    <message>
        <source>The signature is not base64 (server sent {sig_text}).</source>
        <translation>La signature n’est pas du base64 (le serveur a envoyé {sig_text}).</translation>
    </message>
    <message>
        <source>The signature is {length} bytes; the {label} key ({bits}-bit) makes {expected}-byte signatures.</source>
        <translation>La signature fait {length} octets&#x202f;; la clé «&#xa0;{label}&#xa0;» ({bits} bits) produit des signatures de {expected} octets.</translation>
    </message>
    <message>
        <source>The signed message is {length} characters long; Key Manager messages are one sentence. Do not rely on this answer.</source>
        <translation>Le message signé fait {length} caractères&#x202f;; les messages de Key Manager tiennent en une phrase. Ne vous fiez pas à cette réponse.</translation>
    </message>
    <message>
        <source>The response could not be checked ({kind}).</source>
        <translation>La réponse n’a pas pu être vérifiée ({kind}).</translation>
    </message>
    <message>
        <source>The signed payload (response_base64) is not ASCII base64.</source>
        <translation>Le contenu signé (response_base64) n’est pas du base64 ASCII.</translation>
    </message>
    <message>
        <source>The signature does not match: the response was altered after signing, or was not signed by the trusted {label} key.</source>
        <translation>La signature ne correspond pas&#xa0;: la réponse a été modifiée après signature, ou n’a pas été signée par la clé de confiance «&#xa0;{label}&#xa0;».</translation>
    </message>
    <message>
        <source>The response names an unknown signing key {label} (expected {labels}).</source>
        <translation>La réponse nomme une clé de signature inconnue {label} (attendu&#xa0;: {labels}).</translation>
    </message>
    <message>
        <source>The response was signed with the {label} key, and no {label} public key is configured: import it in Settings (or pass --{label}-key).</source>
        <translation>La réponse a été signée avec la clé «&#xa0;{label}&#xa0;», et aucune clé publique «&#xa0;{label}&#xa0;» n’est configurée&#xa0;: importez-la dans les Paramètres (ou passez --{label}-key).</translation>
    </message>
    <message>
        <source>The signed timestamp {timestamp} is not a plausible time (before 2000, or more than a day ahead of this computer&apos;s clock). Do not rely on this answer.</source>
        <translation>L’horodatage signé {timestamp} n’est pas une heure plausible (avant 2000, ou plus d’un jour en avance sur l’horloge de cet ordinateur). Ne vous fiez pas à cette réponse.</translation>
    </message>
    <message>
        <source>The signed code {code} is not a Key Manager code.</source>
        <translation>Le code signé {code} n’est pas un code Key Manager.</translation>
    </message>
    <message>
        <source>Stale or replayed: the signed timestamp is {seconds} s behind this computer&apos;s clock (allowed: ±{window} s). The signature itself is genuine; check the clock, or suspect a replayed answer.</source>
        <translation>Périmée ou rejouée&#xa0;: l’horodatage signé a {seconds} s de retard sur l’horloge de cet ordinateur (tolérance&#xa0;: ±{window} s). La signature elle-même est authentique&#x202f;; vérifiez l’horloge, ou soupçonnez une réponse rejouée.</translation>
    </message>
    <message>
        <source>Stale or replayed: the signed timestamp is {seconds} s ahead of this computer&apos;s clock (allowed: ±{window} s). The signature itself is genuine; check the clock, or suspect a replayed answer.</source>
        <translation>Périmée ou rejouée&#xa0;: l’horodatage signé a {seconds} s d’avance sur l’horloge de cet ordinateur (tolérance&#xa0;: ±{window} s). La signature elle-même est authentique&#x202f;; vérifiez l’horloge, ou soupçonnez une réponse rejouée.</translation>
    </message>
    <message>
        <source>The readable copy of the response differs from what was signed: it was edited after signing. Only the signed values are shown.</source>
        <translation>La copie lisible de la réponse diffère de ce qui a été signé&#xa0;: elle a été modifiée après signature. Seules les valeurs signées sont affichées.</translation>
    </message>
    <message>
        <source>Signature verified with the {label} key.</source>
        <translation>Signature vérifiée avec la clé «&#xa0;{label}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error: {kind}: {exc}</source>
        <extracomment>How often the GIL changes hands while anything runs off the GUI thread (Python&apos;s own: 5 ms). The GUI thread takes the GIL for every Python call Qt makes (a table&apos;s ``data()``, a timer, an event filter), hundreds per paint; with a worker busy in Python, each waited up to a whole interval: reading a 100,000-row file froze the window 375 ms, a batch run 40-60 ms. The sentence why (a str, or a core Text: ``object`` so it reaches the window still translatable; a ``str`` signal would hand over a plain English copy). What the call returned, even when it is reported as cancelled (it may carry the record of the cancelled attempt).</extracomment>
        <translation>Erreur inattendue&#xa0;: {kind}&#xa0;: {exc}</translation>
    </message>
</context>
</TS>
