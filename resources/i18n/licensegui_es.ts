<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>API key — {profile}</source>
        <translation>Clave de API — {profile}</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>paste the API key from your vendor&apos;s portal</source>
        <translation>pegue la clave de API del portal de su fabricante</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>&amp;Save it ({backend})</source>
        <translation>&amp;Guardarla ({backend})</translation>
    </message>
    <message>
        <source>Saved keys live in {backend}, never in a file.</source>
        <translation>Las claves guardadas se conservan en {backend}, nunca en un archivo.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>licensegui — unexpected error</source>
        <extracomment>The demo sandbox starts this long after the window is built: after its first paint.</extracomment>
        <translation>licensegui — error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong: {kind}: {value}

The app can keep running. The details are in the log ({log_dir}).</source>
        <translation>Algo salió mal: {kind}: {value}

La aplicación puede seguir funcionando. Los detalles están en el registro ({log_dir}).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Demo (local sandbox)</source>
        <translation>Demo (entorno de pruebas local)</translation>
    </message>
    <message>
        <source>Temporary demo (forgotten at quit)</source>
        <translation>Demo temporal (se olvida al salir)</translation>
    </message>
</context>
<context>
    <name>AssignForm</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>e.g. bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d</source>
        <translation>p. ej., bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d</translation>
    </message>
    <message>
        <source>e.g. Test User</source>
        <translation>p. ej., Lucía García</translation>
    </message>
    <message>
        <source>e.g. owner@example.com</source>
        <translation>p. ej., titular@example.com</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>Clave de &amp;licencia:</translation>
    </message>
    <message>
        <source>&amp;Owner name:</source>
        <translation>Nombre del &amp;titular:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>e.g. {key} (type to see more)</source>
        <translation>p. ej., {key} (escriba para ver más)</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Probably assigned by the interrupted run; check. This row was sent before without an answer reaching us, and the server no longer recognises that request, so its “invalid or already assigned” is most likely about that earlier send.</source>
        <extracomment>This many rows in a row without an answer stop the batch (resumable) instead of marching through every remaining row failing. How many more times a row that got no answer is tried before the run ends. Send rows the history already knows as assigned (see core/ledger.py), as repeats. A sentence for the user (why it stopped, or what it did).</extracomment>
        <translation>Probablemente asignada por la ejecución interrumpida; compruébelo. Esta fila ya se envió antes sin que nos llegara respuesta, y el servidor ya no reconoce esa solicitud, así que su «no válida o ya asignada» se refiere casi con seguridad a aquel envío anterior.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} without a signed answer.</source>
        <translation>El servidor respondió HTTP {status} sin una respuesta firmada.</translation>
    </message>
    <message>
        <source>The server denied this computer access (code {code}).</source>
        <translation>El servidor denegó el acceso a este equipo (código {code}).</translation>
    </message>
    <message>
        <source>The server refused the API key (code {code}).</source>
        <translation>El servidor rechazó la clave de API (código {code}).</translation>
    </message>
    <message>
        <source>Queued by the server (code {code}): not decided yet. Run the batch again later to ask for its answer (the same Idempotency-Key).</source>
        <translation>El servidor la puso en cola (código {code}): aún no está decidida. Vuelva a ejecutar el lote más tarde para pedir su respuesta (la misma Idempotency-Key).</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Asignada.</translation>
    </message>
    <message>
        <source>Refused: code {code}.</source>
        <translation>Rechazada: código {code}.</translation>
    </message>
    <message>
        <source>Already assigned to this owner on {when} by this computer (history #{id}).</source>
        <translation>Ya asignada a este titular el {when} desde este equipo (historial n.º {id}).</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by this computer (history #{id}).</source>
        <translation>Ya asignada a {owner} ({email}) el {when} desde este equipo (historial n.º {id}).</translation>
    </message>
    <message>
        <source>Paused.</source>
        <extracomment>Why records are missing from history, once (shown by the fronts).</extracomment>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>En curso.</translation>
    </message>
    <message>
        <source>Stopped; the batch can be resumed.</source>
        <translation>Detenido; el lote se puede reanudar.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>The server queued {count} row(s) (code 807): not decided yet. Run the batch again later to ask for their answers.</source>
        <translation>El servidor puso en cola {count} fila(s) (código 807): aún no están decididas. Vuelva a ejecutar el lote más tarde para pedir sus respuestas.</translation>
    </message>
    <message>
        <source>Some rows got no answer; the batch can be resumed.</source>
        <translation>Algunas filas no recibieron respuesta; el lote se puede reanudar.</translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting {left:.0f} s.</source>
        <translation>El servidor pide ir más despacio: esperando {left:.0f} s.</translation>
    </message>
    <message>
        <source>The team ledger is required and cannot be reached: nothing more was sent. Run the batch again once it is back.</source>
        <translation>El registro del equipo es obligatorio y no se puede alcanzar: no se envió nada más. Vuelva a ejecutar el lote cuando vuelva.</translation>
    </message>
    <message>
        <source>The server refused the API key; nothing more was sent. Fix the key, then resume the batch.</source>
        <translation>El servidor rechazó la clave de API; no se envió nada más. Corrija la clave y reanude el lote.</translation>
    </message>
    <message>
        <source>The server denied this computer access (a blocked IP address or identifier); nothing more was sent. Ask your vendor, then resume the batch.</source>
        <translation>El servidor denegó el acceso a este equipo (una dirección IP o un identificador bloqueados); no se envió nada más. Consulte a su proveedor y reanude el lote.</translation>
    </message>
    <message>
        <source>Stopped after {failures} rows in a row got no answer (last: {sentence}) The batch can be resumed.</source>
        <translation>Detenido después de {failures} filas seguidas sin respuesta (última: {sentence}). El lote se puede reanudar.</translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>license key</source>
        <extracomment>What ``--columns`` accepts for each field besides its own name. Field -&gt; the header names that mean it (compared after :func:`normalise_header`). Every word the window uses for a column, in every language it speaks, is among them: the window tells a person to name a column &quot;Lizenzschlüssel&quot;, so a file that does is read.</extracomment>
        <translation>clave de licencia</translation>
    </message>
    <message>
        <source>owner name</source>
        <translation>nombre del titular</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>“{part}” does not say which column: write it as key=HEADER, owner=HEADER or email=HEADER.</source>
        <translation>«{part}» no indica qué columna es: escríbalo como key=ENCABEZADO, owner=ENCABEZADO o email=ENCABEZADO.</translation>
    </message>
    <message>
        <source>“{name}” is not a column a batch needs: use key, owner or email.</source>
        <translation>«{name}» no es una columna que un lote necesite: use key, owner o email.</translation>
    </message>
    <message>
        <source>The {field} column is named twice.</source>
        <translation>La columna de {field} se indica dos veces.</translation>
    </message>
    <message>
        <source>No column named: write key=HEADER, owner=HEADER, email=HEADER (any of them).</source>
        <translation>Ninguna columna indicada: escriba key=ENCABEZADO, owner=ENCABEZADO, email=ENCABEZADO (cualquiera de ellos).</translation>
    </message>
    <message>
        <source>{name} has no column “{header}” (for the {field}); its columns are {shown}.</source>
        <translation>{name} no tiene ninguna columna «{header}» (para {field}); sus columnas son {shown}.</translation>
    </message>
    <message>
        <source>License key</source>
        <extracomment>Rows below the header (blank ones included) a batch may have. 100,000 rows of generous width; a bigger file is not an order export. How a row&apos;s cells are packed into one string (no cell holds it: a CSV with one is refused as not text, and a spreadsheet cannot store it).</extracomment>
        <translation>Clave de licencia</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nombre del titular</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <extracomment>The spreadsheet&apos;s row number (the header is row 1; a CSV&apos;s ``sep=`` line is none). The line of the file the row starts on (a quoted cell may span lines); the row for a spreadsheet. The row&apos;s cells joined by NUL (one string, not a tuple of them: 100,000 rows fit). Stable code for an invalid/duplicate row (``invalid_email``, ``duplicate``...), else &quot;&quot;. Names the batch: the file&apos;s SHA-256 (folded with the sheet, and with the columns when a mapping chose others; see :func:`_identity`). The CSV&apos;s delimiter (&quot;,&quot; for a spreadsheet: its results CSV uses commas). The header row as written in the file. Field -&gt; index in ``header`` (the column used). Every row below the header, in order, blank ones as ``blank``. The worksheet read (None for a CSV). Sentences worth saying in a preview: the encoding assumed, Excel&apos;s ``sep=`` line... &quot;csv&quot;, &quot;xlsx&quot;, &quot;ods&quot; or &quot;xls&quot;. The row number of the header (1 unless blank rows stand above it).</extracomment>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>separado por tabulaciones</translation>
    </message>
    <message>
        <source>separated by {delimiter}</source>
        <translation>separado por {delimiter}</translation>
    </message>
    <message>
        <source>{name} is a CSV file, without sheets; a sheet is chosen only in a workbook (.xlsx, .ods, .xls).</source>
        <translation>{name} es un archivo CSV, sin hojas; una hoja solo se elige en un libro (.xlsx, .ods, .xls).</translation>
    </message>
    <message>
        <source>{name} is {size:.0f} MB; a batch file may be at most {limit} MB (about {rows:,} rows).</source>
        <translation>{name} ocupa {size:.0f} MB; un archivo de lote puede ocupar como máximo {limit} MB (unas {rows:,} filas).</translation>
    </message>
    <message>
        <source>{name} is named like a spreadsheet but is not one (it is text). Open it in the spreadsheet program and save it again.</source>
        <translation>{name} tiene nombre de hoja de cálculo pero no lo es (es texto). Ábralo en el programa de hojas de cálculo y guárdelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} has more than {MAX_ROWS:,} rows below its header; split it into smaller batches.</source>
        <translation>{name} tiene más de {MAX_ROWS:,} filas bajo su encabezado; divídalo en lotes más pequeños.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is empty.</source>
        <translation>La hoja «{sheet}» de {name} está vacía.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains NUL bytes).</source>
        <extracomment>A row (one record, however many lines its quoted cells span) may be this long. A batch&apos;s cells are keys, names and addresses; a longer row is a wrong file, and refusing it here comes before Python&apos;s own &quot;field larger than field limit&quot; (131,072) could. &quot;csv&quot;, or the spreadsheet format its bytes say (&quot;zip&quot; for .xlsx/.ods, &quot;ole&quot; for .xls). The codec its text is read with (``utf-8-sig``, ``utf-16``, ``cp1252``). Line ends in the file: an upper bound on its rows. Whether any ``&quot;`` occurs: without one, every line is exactly one row. The delimiter Excel&apos;s ``sep=`` first line names, if it has one.</extracomment>
        <translation>{name} no es un archivo de texto (contiene bytes NUL).</translation>
    </message>
    <message>
        <source>Read as UTF-16 text (Excel&apos;s “Unicode text”).</source>
        <translation>Leído como texto UTF-16 («Texto Unicode» de Excel).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; it was read as Windows-1252 (Western European), as older Excel saves “CSV”. Check the accents in the preview; if they are wrong, save the file as “CSV UTF-8”.</source>
        <translation>{name} no es texto UTF-8; se ha leído como Windows-1252 (Europa occidental), como guardan «CSV» las versiones antiguas de Excel. Compruebe los acentos en la vista previa; si son incorrectos, guarde el archivo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>The first line “sep={sep}” (Excel&apos;s) names the delimiter; it is not a row.</source>
        <translation>La primera línea «sep={sep}» (de Excel) indica el separador; no es una fila.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte 0x{byte:02X} on line {line}), nor Windows-1252. Save it as “CSV UTF-8” and choose it again.</source>
        <translation>{name} no es texto UTF-8 (byte 0x{byte:02X} en la línea {line}) ni Windows-1252. Guárdelo como «CSV UTF-8» y elíjalo de nuevo.</translation>
    </message>
    <message>
        <source>{name}: row {row} is longer than {limit:,} characters; a batch&apos;s cells are license keys, names and addresses. Is this the right file?</source>
        <translation>{name}: la fila {row} tiene más de {limit:,} caracteres; las celdas de un lote son claves de licencia, nombres y direcciones. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>{name} is not a well-formed CSV file at row {row} (line {line}): {exc}.</source>
        <translation>{name} no es un archivo CSV bien formado en la fila {row} (línea {line}): {exc}.</translation>
    </message>
    <message>
        <source>{name} is not readable as {encoding} text near row {row}.</source>
        <translation>{name} no se puede leer como texto {encoding} cerca de la fila {row}.</translation>
    </message>
    <message>
        <source>two columns could be the {field} ({names})</source>
        <translation>dos columnas podrían ser «{field}» ({names})</translation>
    </message>
    <message>
        <source>one column is chosen for two fields</source>
        <translation>una misma columna está elegida para dos campos</translation>
    </message>
    <message>
        <source>{name}: the header is ambiguous: {problems}. Rename one of them or say which column is which.</source>
        <translation>{name}: el encabezado es ambiguo: {problems}. Cambie el nombre de una de ellas o indique qué columna es cuál.</translation>
    </message>
    <message>
        <source>{name} has no usable header: no column for the {fields}. The first row must name the columns (license_key, owner_name, email, or License Key, Name, E-mail) or you say which column is which; it reads {shown}.</source>
        <translation>{name} no tiene un encabezado utilizable: ninguna columna para {fields}. La primera fila debe nombrar las columnas (por ejemplo Clave de licencia, Titular, Correo) o usted indica qué columna es cuál; contiene {shown}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>{name} tiene encabezado pero ninguna fila.</translation>
    </message>
    <message>
        <source>This row has {values} values; the header names {header} columns.</source>
        <translation>Esta fila tiene {values} valores; el encabezado nombra {header} columnas.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Same license key as row {first}; only that row is sent.</source>
        <translation>La misma clave de licencia que la fila {first}; solo se envía aquella fila.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; save a copy without one.</source>
        <translation>{name} está protegido con contraseña; guarde una copia sin ella.</translation>
    </message>
    <message>
        <source>its records are malformed</source>
        <translation>sus registros están mal formados</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet this program can read ({problem}). Save it as .xlsx or “CSV UTF-8”.</source>
        <translation>{name} no es una hoja de cálculo que este programa pueda leer ({problem}). Guárdela como .xlsx o «CSV UTF-8».</translation>
    </message>
    <message>
        <source>{name} has no worksheet.</source>
        <translation>{name} no tiene ninguna hoja.</translation>
    </message>
    <message>
        <source>{name} has no sheet “{sheet}”; its sheets are {names}.</source>
        <translation>{name} no tiene ninguna hoja «{sheet}»; sus hojas son {names}.</translation>
    </message>
    <message>
        <source>{name}: the sheet “{sheet}” cannot be read ({problem}).</source>
        <translation>{name}: la hoja «{sheet}» no se puede leer ({problem}).</translation>
    </message>
    <message>
        <source>it holds {count:,} parts</source>
        <extracomment>The zip&apos;s directory: 10,000 entries with names of up to ~350 bytes. One part (a sheet, the shared strings) unpacked: the text a CSV batch may have (64 MB) and the markup around every cell of it (``&lt;c r=&quot;F100000&quot; t=&quot;inlineStr&quot;&gt;&lt;is&gt;&lt;t&gt;…&lt;/t&gt;&lt;/is&gt;&lt;/c&gt;``, ~50 bytes a cell; 100,000 rows of six columns add 30 MB, of twenty 100 MB). At 64 MB the issue&apos;s own 100,000-row workbook (a 93 MB sheet) was refused. All parts unpacked. The longest run of text between two tags of an XML part: no batch cell is longer (a row is refused past 100,000 characters), and a long cell repeated is how text is amplified.</extracomment>
        <translation>contiene {count:,} partes</translation>
    </message>
    <message>
        <source>its directory takes {size:,} MB</source>
        <translation>su directorio ocupa {size:,} MB</translation>
    </message>
    <message>
        <source>its parts unpack to {size:,} MB</source>
        <translation>sus partes ocupan {size:,} MB descomprimidas</translation>
    </message>
    <message>
        <source>{name} is not a workbook this program reads: save it as .xlsx, .ods or “CSV UTF-8”.</source>
        <translation>{name} no es un libro que este programa lea: guárdelo como .xlsx, .ods o «CSV UTF-8».</translation>
    </message>
    <message>
        <source>its part {part} unpacks to {size:,} MB</source>
        <translation>su parte {part} ocupa {size:,} MB descomprimida</translation>
    </message>
    <message>
        <source>its part {part} declares XML entities</source>
        <translation>su parte {part} declara entidades XML</translation>
    </message>
    <message>
        <source>its part {part} holds a text longer than {size} KB</source>
        <translation>su parte {part} contiene un texto de más de {size} KB</translation>
    </message>
    <message>
        <source>{name}: a sheet spans {rows:,} rows × {columns:,} columns from its first used cell to its last ({last}); a batch sheet may span at most {limit:,} cells. Delete the far-away cells (Ctrl+End goes to the last one) or copy the batch into a new workbook.</source>
        <extracomment>Text copied into cells (shared strings referred to again and again, .ods repeats). A shared string longer than this is counted where it is used (shorter ones cannot add up to more than a part&apos;s 64 MB of references can hold).</extracomment>
        <translation>{name}: una hoja abarca {rows:,} filas × {columns:,} columnas desde su primera celda usada hasta la última ({last}); una hoja de lote puede abarcar como máximo {limit:,} celdas. Borre las celdas lejanas (Ctrl+Fin lleva a la última) o copie el lote en un libro nuevo.</translation>
    </message>
    <message>
        <source>{name}: its cells repeat the same long text until it would take more than {size} MB (at most {limit} MB). Copy the batch into a new workbook or save it as “CSV UTF-8”.</source>
        <translation>{name}: sus celdas repiten el mismo texto largo hasta ocupar más de {size} MB (como máximo {limit} MB). Copie el lote en un libro nuevo o guárdelo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>{name} cannot be a batch: {what}, more than a batch&apos;s workbook can be (at most {parts:,} parts of {size} MB, {total} MB in all). Copy the batch into a new workbook or save it as “CSV UTF-8”.</source>
        <translation>{name} no puede ser un lote: {what}, más de lo que puede ser el libro de un lote (como máximo {parts:,} partes de {size} MB, {total} MB en total). Copie el lote en un libro nuevo o guárdelo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>it took longer than {seconds:.0f} s</source>
        <translation>tardó más de {seconds:.0f} s</translation>
    </message>
    <message>
        <source>the reader stopped: it asked for more memory than a batch may use</source>
        <translation>la lectura se detuvo: pidió más memoria de la que puede usar un lote</translation>
    </message>
    <message>
        <source>{name} could not be read ({why}). Save it as .xlsx or “CSV UTF-8”.</source>
        <translation>No se pudo leer {name} ({why}). Guárdelo como .xlsx o «CSV UTF-8».</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Clave de licencia</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation>Mensaje o motivo</translation>
    </message>
    <message>
        <source>Assigned</source>
        <extracomment>Status → (icon, word). Icon and word, never colour alone.</extracomment>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificada</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Enviada, aún sin respuesta</translation>
    </message>
    <message>
        <source>Blank row</source>
        <translation>Fila vacía</translation>
    </message>
    <message numerus="yes">
        <source>{status} · sent %n times</source>
        <translation>
            <numerusform>{status} · enviado %n vez</numerusform>
            <numerusform>{status} · enviado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Firma verificada</translation>
    </message>
    <message>
        <source>Signature NOT verified</source>
        <translation>Firma NO verificada</translation>
    </message>
    <message>
        <source>Not sent: this computer&apos;s record of a verified answer</source>
        <translation>No enviado: este equipo tiene registrada una respuesta verificada</translation>
    </message>
    <message>
        <source>Batch assignment</source>
        <translation>Asignación por lotes</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Practice &amp;file</source>
        <translation>Archivo de &amp;práctica</translation>
    </message>
    <message>
        <source>A CSV of the demo sandbox&apos;s keys, with an invalid, a duplicate and an unknown key&apos;s row</source>
        <translation>Un CSV con las claves del entorno de pruebas de demostración, con una fila no válida, una duplicada y una con clave desconocida</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olumnas…</translation>
    </message>
    <message>
        <source>Choose which column is the license key, the owner and the email</source>
        <translation>Elija qué columna es la clave de licencia, el titular y el correo</translation>
    </message>
    <message>
        <source>Batch counts</source>
        <translation>Recuentos del lote</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>How many requests are out at once (1 to 8). Two is polite; more is faster if the vendor allows it.</source>
        <translation>Cuántas solicitudes se envían a la vez (de 1 a 8). Dos es lo cortés; más es más rápido si el fabricante lo permite.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Requests at a time:</source>
        <translation>&amp;Solicitudes simultáneas:</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xportar resultados…</translation>
    </message>
    <message>
        <source>Export &amp;receipts…</source>
        <translation>Exportar &amp;recibos…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Batch rows</source>
        <translation>Filas del lote</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Batch input</source>
        <translation>Archivo del lote</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo y archivos CSV (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>hoja «{sheet}»</translation>
    </message>
    <message>
        <source>{assigned} assigned · {already} already assigned · {refused} refused · {not_verified} not verified · {invalid} invalid · {duplicate} duplicate · {remaining} remaining</source>
        <translation>{assigned} asignadas · {already} ya asignadas · {refused} rechazadas · {not_verified} no verificadas · {invalid} no válidas · {duplicate} duplicadas · {remaining} pendientes</translation>
    </message>
    <message>
        <source>%v of %m done · {assigned} assigned · {already} already assigned (not sent)</source>
        <translation>%v de %m hechas · {assigned} asignadas · {already} ya asignadas (no enviadas)</translation>
    </message>
    <message>
        <source>%v of %m done · {assigned} assigned</source>
        <translation>%v de %m hechas · {assigned} asignadas</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a CSV or spreadsheet file (.xlsx, .ods) whose header row names the license key, owner and email columns — or say which is which after opening it.</source>
        <translation>Elija un archivo CSV o una hoja de cálculo (.xlsx, .ods) cuya fila de encabezado nombre las columnas clave de licencia, titular y correo, o indique cuál es cuál después de abrirlo.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Cannot use this file</source>
        <translation>No se puede usar este archivo</translation>
    </message>
    <message>
        <source>license key</source>
        <translation>clave de licencia</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>; carried through: {columns}</source>
        <translation>; se conservan tal cual: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n row(s), {separator}</source>
        <translation>
            <numerusform>{name} — %n fila, {separator}</numerusform>
            <numerusform>{name} — %n filas, {separator}</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: {mapping}{carried}.</source>
        <translation>Columnas: {mapping}{carried}.</translation>
    </message>
    <message>
        <source>Nothing has been sent. Check the rows, then Start.</source>
        <translation>No se ha enviado nada. Revise las filas y pulse Iniciar.</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>Ejecución anterior</translation>
    </message>
    <message>
        <source>This file was run against this server on {when}; it is finished. Export its results, or choose another file.</source>
        <translation>Este archivo se ejecutó contra este servidor el {when}; está terminado. Exporte sus resultados o elija otro archivo.</translation>
    </message>
    <message numerus="yes">
        <source>This file was started against this server on {when} and not finished (%n row(s) left). Resume sends only what is left, with the same keys.</source>
        <translation>
            <numerusform>Este archivo se inició contra este servidor el {when} y no terminó (queda %n fila). Reanudar envía solo lo que falta, con las mismas claves.</numerusform>
            <numerusform>Este archivo se inició contra este servidor el {when} y no terminó (quedan %n filas). Reanudar envía solo lo que falta, con las mismas claves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot resume the batch</source>
        <translation>No se puede reanudar el lote</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n row(s) (from the journal; the file itself is not needed)</source>
        <translation>
            <numerusform>{name} — %n fila (del registro; el archivo en sí no hace falta)</numerusform>
            <numerusform>{name} — %n filas (del registro; el archivo en sí no hace falta)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before it finished; Resume sends only what is left, with the same keys, to {url}.</source>
        <translation>Detenido antes de terminar; Reanudar envía solo lo que falta, con las mismas claves, a {url}.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sin perfil</translation>
    </message>
    <message>
        <source>Choose a profile (Settings) for the server to assign on.</source>
        <translation>Elija un perfil (Configuración) para el servidor en el que asignar.</translation>
    </message>
    <message>
        <source>No public key</source>
        <translation>Sin clave pública</translation>
    </message>
    <message>
        <source>The profile “{name}” has no public key, so no answer could be verified. Import the vendor&apos;s public key first.</source>
        <translation>El perfil «{name}» no tiene clave pública, así que ninguna respuesta podría verificarse. Importe primero la clave pública del fabricante.</translation>
    </message>
    <message>
        <source>Not started: the profile “{name}” has no API key.</source>
        <translation>No iniciado: el perfil «{name}» no tiene clave de API.</translation>
    </message>
    <message>
        <source>Waiting for the API key…</source>
        <translation>Esperando la clave de API…</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>En curso.</translation>
    </message>
    <message>
        <source> · {duration} left</source>
        <translation> · quedan {duration}</translation>
    </message>
    <message>
        <source>{rate} rows/s{eta}</source>
        <translation>{rate} filas/s{eta}</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Deteniendo: esperando las solicitudes ya enviadas…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Finished. Export the results and receipts to keep them.</source>
        <translation>Terminado. Exporte los resultados y los recibos para conservarlos.</translation>
    </message>
    <message>
        <source>Batch stopped</source>
        <translation>Lote detenido</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Export receipts</source>
        <translation>Exportar recibos</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported {count} results to {path}.</source>
        <translation>{count} resultados exportados a {path}.</translation>
    </message>
    <message>
        <source>Exported {count} receipts to {path}.</source>
        <translation>{count} recibos exportados a {path}.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: start a batch, or open one, first.</source>
        <translation>Aún no hay nada que exportar: inicie o abra primero un lote.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>No row could be written to {path}, though the window shows {rows}.</source>
        <translation>No se pudo escribir ninguna fila en {path}, aunque la ventana muestra {rows}.</translation>
    </message>
    <message>
        <source>A batch is running</source>
        <translation>Hay un lote en curso</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not done yet. Stop the batch? Nothing is lost: it is offered for resuming at the next start, and rows already sent are re-sent with the same keys, so nothing is assigned twice.</source>
        <translation>
            <numerusform>Queda %n fila sin terminar. ¿Detener el lote? No se pierde nada: se ofrecerá reanudarlo en el próximo inicio, y las filas ya enviadas se reenvían con las mismas claves, así que nada se asigna dos veces.</numerusform>
            <numerusform>Quedan %n filas sin terminar. ¿Detener el lote? No se pierde nada: se ofrecerá reanudarlo en el próximo inicio, y las filas ya enviadas se reenvían con las mismas claves, así que nada se asigna dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the batch</source>
        <translation>Detener el lote</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>The license key is not valid.</source>
        <extracomment>Stored rows keep their sentence in English (the journal is read by scripts too); on screen a row says the same thing in the user&apos;s language, from its stable reason code.</extracomment>
        <translation>La clave de licencia no es válida.</translation>
    </message>
    <message>
        <source>The owner name is not valid.</source>
        <translation>El nombre del titular no es válido.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>La dirección de correo no es válida.</translation>
    </message>
    <message>
        <source>This row does not have the header&apos;s number of values.</source>
        <translation>Esta fila no tiene tantos valores como columnas nombra el encabezado.</translation>
    </message>
    <message>
        <source>Same license key as an earlier row; only that row is sent.</source>
        <translation>La misma clave de licencia que una fila anterior; solo se envía aquella fila.</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Asignada.</translation>
    </message>
    <message>
        <source>Refused: code {code}.</source>
        <translation>Rechazada: código {code}.</translation>
    </message>
    <message>
        <source>Not verified: {why}.</source>
        <translation>No verificada: {why}.</translation>
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
        <translation>Columna de la &amp;clave de licencia:</translation>
    </message>
    <message>
        <source>&amp;Owner column:</source>
        <translation>Columna del &amp;titular:</translation>
    </message>
    <message>
        <source>&amp;Email column:</source>
        <translation>Columna del &amp;correo:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose which of the file&apos;s columns holds the license key, the owner name and the email. Files with the same headers are read this way next time.</source>
        <translation>Elija qué columna del archivo contiene la clave de licencia, el nombre del titular y el correo. Los archivos con los mismos encabezados se leerán así la próxima vez.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <source>(column {n}, no name)</source>
        <translation>(columna {n}, sin nombre)</translation>
    </message>
    <message>
        <source>Each column can be chosen only once.</source>
        <translation>Cada columna solo puede elegirse una vez.</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>Elegir una hoja</translation>
    </message>
    <message>
        <source>{name} has several sheets. Which one holds the orders?</source>
        <translation>{name} tiene varias hojas. ¿Cuál contiene los pedidos?</translation>
    </message>
    <message numerus="yes">
        <source>Pausing: waiting for %n request(s) already sent…</source>
        <translation>
            <numerusform>Pausando: esperando %n solicitud ya enviada…</numerusform>
            <numerusform>Pausando: esperando %n solicitudes ya enviadas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The TLS certificate of {host} could not be verified. Check the base URL (the certificate must be for that name) and that the server&apos;s certificate is issued by an authority this computer trusts (a self-signed one is not); behind a company proxy, the proxy&apos;s certificate must be trusted by this computer.</source>
        <translation>No se pudo verificar el certificado TLS de {host}. Compruebe la URL base (el certificado debe ser para ese nombre) y que el certificado del servidor lo emita una autoridad en la que este equipo confíe (uno autofirmado no lo es); detrás de un proxy de empresa, este equipo debe confiar en el certificado del proxy.</translation>
    </message>
    <message>
        <source>{host} was too slow: no complete answer within {exc}.</source>
        <translation>{host} fue demasiado lento: ninguna respuesta completa en {exc}.</translation>
    </message>
    <message>
        <source>No connection to {host} (timed out).</source>
        <translation>Sin conexión con {host} (tiempo agotado).</translation>
    </message>
    <message>
        <source>{host} accepted the request but did not answer in time.</source>
        <translation>{host} aceptó la solicitud pero no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server name {hostname} could not be found (DNS).</source>
        <translation>No se encontró el nombre de servidor {hostname} (DNS).</translation>
    </message>
    <message>
        <source>{host} refused the connection: is the address right and the server up?</source>
        <translation>{host} rechazó la conexión: ¿es correcta la dirección y está el servidor en marcha?</translation>
    </message>
    <message>
        <source>The connection to {host} failed.</source>
        <translation>La conexión con {host} falló.</translation>
    </message>
    <message>
        <source>The request to {host} failed ({kind}).</source>
        <translation>La solicitud a {host} falló ({kind}).</translation>
    </message>
    <message>
        <source>The server redirected more than {count} times (a redirect loop). Check the base URL: it must be the address where the server&apos;s API answers, not one that forwards elsewhere.</source>
        <translation>El servidor redirigió más de {count} veces (un bucle de redirecciones). Compruebe la URL base: debe ser la dirección donde responde la API del servidor, no una que redirige a otra.</translation>
    </message>
    <message>
        <source>{reason} Tried {attempts} times.</source>
        <translation>{reason} Se intentó {attempts} veces.</translation>
    </message>
    <message>
        <source>attempt {attempts}: {reason} Retried after {delay:.1f} s.</source>
        <translation>intento {attempts}: {reason} Reintentado tras {delay:.1f} s.</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>saturado (límite de frecuencia)</translation>
    </message>
    <message>
        <source>temporarily unavailable</source>
        <translation>temporalmente no disponible</translation>
    </message>
    <message>
        <source>The server is {what} (HTTP {status}) and asks to wait {wait} s; try again later.</source>
        <translation>El servidor está {what} (HTTP {status}) y pide esperar {wait} s; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server is {what} (HTTP {status}). Tried {attempts} times.</source>
        <translation>El servidor está {what} (HTTP {status}). Se intentó {attempts} veces.</translation>
    </message>
    <message>
        <source>attempt {attempts}: HTTP {status}; waited {delay:.1f} s ({source}).</source>
        <translation>intento {attempts}: HTTP {status}; se esperó {delay:.1f} s ({source}).</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} without a Location.</source>
        <extracomment>Requests handed to a socket so far: an attempt that failed without raising this never reached the server (connection refused, TLS handshake refused).</extracomment>
        <translation>El servidor respondió HTTP {status} sin cabecera Location.</translation>
    </message>
    <message>
        <source>The server redirected to a non-https address ({scheme}://{netloc}); refused, so the API key is not sent in clear.</source>
        <translation>El servidor redirigió a una dirección no https ({scheme}://{netloc}); se rechazó, para no enviar la clave de API sin cifrar.</translation>
    </message>
    <message>
        <source>Refused redirect: {exc}</source>
        <translation>Redirección rechazada: {exc}</translation>
    </message>
    <message>
        <source>The server redirected (HTTP {status}) to {target}. A signed request is not re-sent elsewhere: put the final address in the profile&apos;s base URL.</source>
        <translation>El servidor redirigió (HTTP {status}) a {target}. Una solicitud firmada no se reenvía a otro sitio: ponga la dirección final como URL base del perfil.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than {limit} KiB; stopped reading it.</source>
        <translation>La respuesta del servidor supera {limit} KiB; se dejó de leer.</translation>
    </message>
</context>
<context>
    <name>Db</name>
    <message>
        <source>the disk is full (or a size limit was reached)</source>
        <extracomment>One step of a schema&apos;s history: brings a file from version ``i`` to ``i + 1``. Another connection (often another process) holds the lock: a condition, wait or say so. The file is not a database, or its pages are malformed: set it aside or refuse it. Anything else (read-only, disk full, cannot open, a constraint): not the file&apos;s fault.</extracomment>
        <translation>el disco está lleno (o se alcanzó un límite de tamaño)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk took no more data (is it full?)</source>
        <translation>el disco no admite más datos (¿está lleno?)</translation>
    </message>
    <message>
        <source>{path} cannot be used: {reason}</source>
        <translation>{path} no se puede usar: {reason}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo&apos;s folder {path} is a symbolic link or not a folder; licensegui does not follow it. Move it away to start the demo.</source>
        <translation>La carpeta de la demo {path} es un enlace simbólico o no es una carpeta; licensegui no lo sigue. Muévala a otro sitio para iniciar la demo.</translation>
    </message>
    <message>
        <source>The demo cannot use {path}: {reason}. Move it away to start the demo (what the demo assigned before is then forgotten).</source>
        <translation>La demo no puede usar {path}: {reason}. Muévalo a otro sitio para iniciar la demo (lo que la demo asignó antes se olvidará).</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it is a symbolic link or not a folder, which is not followed</source>
        <translation>es un enlace simbólico o no es una carpeta, y no se sigue</translation>
    </message>
    <message>
        <source>The sandbox&apos;s signing key {path} cannot be used: {reason}. Move it away to start with a new key (answers the old one signed will then read as not authentic).</source>
        <translation>La clave de firma del sandbox {path} no se puede usar: {reason}. Muévala a otro sitio para empezar con una clave nueva (las respuestas firmadas con la antigua se leerán como no auténticas).</translation>
    </message>
    <message>
        <source>it is no private key</source>
        <translation>no es una clave privada</translation>
    </message>
    <message>
        <source>it is no RSA private key</source>
        <translation>no es una clave privada RSA</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Summary</source>
        <extracomment>The request it answers, when known (a live or stored answer, a history row). When it was received, for a recorded answer (else: now).</extracomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Cuerpo sin procesar</translation>
    </message>
    <message>
        <source>Signed payload</source>
        <translation>Contenido firmado</translation>
    </message>
    <message>
        <source>Cop&amp;y raw body</source>
        <translation>Cop&amp;iar cuerpo sin procesar</translation>
    </message>
    <message>
        <source>Sa&amp;ve response as…</source>
        <translation>&amp;Guardar respuesta como…</translation>
    </message>
    <message>
        <source>The details of the next answer appear here: HTTP status, time and attempts, the Idempotency-Key, whether the signature matches and why, which key signed it, and whether the readable copy matches what was signed.

Assign a key, or verify a saved response (File → Verify saved response, Ctrl+O; or drop a .json file on the window).</source>
        <translation>Aquí aparecerán los detalles de la próxima respuesta: estado HTTP, tiempo e intentos, la Idempotency-Key, si la firma coincide y por qué, qué clave la firmó y si la copia legible coincide con lo firmado.

Asigne una clave o verifique una respuesta guardada (Archivo → Verificar respuesta guardada, Ctrl+O; o suelte un archivo .json en la ventana).</translation>
    </message>
    <message>
        <source>The server&apos;s answer, byte for byte (Copy and Save keep it exactly, so it can be verified again later).</source>
        <translation>La respuesta del servidor, byte a byte (Copiar y Guardar la conservan exacta, para poder verificarla de nuevo más tarde).</translation>
    </message>
    <message>
        <source>What the server signed, decoded (marked UNVERIFIED when the signature does not hold).</source>
        <translation>Lo que firmó el servidor, decodificado (marcado NO VERIFICADO cuando la firma no es válida).</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Origen: {source}</translation>
    </message>
    <message>
        <source>HTTP status: {status}</source>
        <translation>Estado HTTP: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Time: {ms} ms over %n attempt(s)</source>
        <translation>
            <numerusform>Tiempo: {ms} ms en %n intento</numerusform>
            <numerusform>Tiempo: {ms} ms en %n intentos</numerusform>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>NO — edited after signing</source>
        <translation>NO — editada después de firmarse</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>no (saved response: age is shown, not judged)</source>
        <translation>no (respuesta guardada: la antigüedad se muestra, no se juzga)</translation>
    </message>
    <message>
        <source>not reached (an earlier check failed)</source>
        <translation>no alcanzada (falló una comprobación anterior)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation>NO COINCIDE</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>no realizada</translation>
    </message>
    <message>
        <source>Verified: yes ({reason})</source>
        <translation>Verificada: sí ({reason})</translation>
    </message>
    <message>
        <source>Verified: NO ({reason})</source>
        <translation>Verificada: NO ({reason})</translation>
    </message>
    <message>
        <source>Why: {detail}</source>
        <translation>Por qué: {detail}</translation>
    </message>
    <message>
        <source>Signing key named: {label}</source>
        <translation>Clave de firma indicada: {label}</translation>
    </message>
    <message>
        <source>Signature check: {sig}</source>
        <translation>Comprobación de firma: {sig}</translation>
    </message>
    <message>
        <source>Readable copy matches signed payload: {match}</source>
        <translation>La copia legible coincide con el contenido firmado: {match}</translation>
    </message>
    <message>
        <source>Freshness checked: {freshness}</source>
        <translation>Vigencia comprobada: {freshness}</translation>
    </message>
    <message numerus="yes">
        <source>Size: %n byte(s)</source>
        <translation>
            <numerusform>Tamaño: %n byte</numerusform>
            <numerusform>Tamaño: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>// UNVERIFIED: what the response claims
</source>
        <translation>// NO VERIFICADO: lo que afirma la respuesta
</translation>
    </message>
    <message>
        <source>(no decodable signed payload)</source>
        <translation>(ningún contenido firmado decodificable)</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Could not save: {reason}.</source>
        <translation>No se pudo guardar: {reason}.</translation>
    </message>
    <message>
        <source>Outcome: {words}</source>
        <translation>Resultado: {words}</translation>
    </message>
    <message>
        <source>Request: {request}</source>
        <translation>Solicitud: {request}</translation>
    </message>
    <message>
        <source>Idempotency-Key of the earlier request (this one was not sent): {idempotency_key}</source>
        <translation>Idempotency-Key de la solicitud anterior (esta no se envió): {idempotency_key}</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>[erased]</source>
        <extracomment>A kept form longer than this is not read (a journal is a file anyone could have edited).</extracomment>
        <translation>[borrado]</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>it is a symbolic link, which is not followed</source>
        <extracomment>Folders (config, data, batches, logs): the user alone may list or enter them. Files in them, and results, receipts and exports written anywhere: the user alone reads. What SQLite keeps beside a database; a temporary journal leaves these too when killed. ``.NAME.8hex.tmp``, as :func:`temporary_beside` names them, and its ``.lock``.</extracomment>
        <translation>es un enlace simbólico, que no se sigue</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a FIFO or a folder); give the name of a file</source>
        <extracomment>Opening state: never through a symbolic link, never blocking on a FIFO.</extracomment>
        <translation>no es un archivo normal (un dispositivo, un FIFO o una carpeta); indique el nombre de un archivo</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Ya asignada</translation>
    </message>
    <message>
        <source>Assigned to someone else</source>
        <translation>Asignada a otra persona</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Clave API rechazada</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Not authentic</source>
        <translation>No auténtica</translation>
    </message>
    <message>
        <source>Still assigned, confirmed by the server</source>
        <translation>Sigue asignada, confirmado por el servidor</translation>
    </message>
    <message>
        <source>{words} (sent again)</source>
        <translation>{words} (enviada de nuevo)</translation>
    </message>
    <message>
        <source>The server denies this computer access (a blocked IP address or identifier): ask your vendor, then send again.</source>
        <translation>El servidor deniega el acceso a este equipo (una dirección IP o un identificador bloqueados): consulte a su proveedor y vuelva a enviar.</translation>
    </message>
    <message>
        <source>The server queued the request: it is neither assigned nor refused yet. Check now later asks for its answer (the same Idempotency-Key: it cannot assign twice).</source>
        <translation>El servidor puso la solicitud en cola: aún no está asignada ni rechazada. «Comprobar ahora» pedirá su respuesta más tarde (la misma Idempotency-Key: no puede asignar dos veces).</translation>
    </message>
    <message>
        <source>Do not rely on this answer: it was changed after the server signed it, or is an old one played back. Send the same request again to get the server&apos;s own answer (the same Idempotency-Key: it cannot assign twice).</source>
        <extracomment>Not authentic for a reason the public key has no part in: the signature is sound, the answer around it is not (edited after signing, replayed, stale). Checking the key would be the wrong advice (issue 28).</extracomment>
        <translation>No confíe en esta respuesta: se modificó después de que el servidor la firmara, o es una antigua reproducida. Envíe de nuevo la misma solicitud para obtener la respuesta del propio servidor (la misma Idempotency-Key: no puede asignar dos veces).</translation>
    </message>
    <message>
        <source>Check the license key with your vendor or in the vendor&apos;s portal: it is invalid, or it was assigned elsewhere.</source>
        <translation>Compruebe la clave de licencia con su proveedor o en su portal: no es válida o se asignó en otro lugar.</translation>
    </message>
    <message>
        <source>Use another license key for this customer, or ask your vendor to move this one.</source>
        <extracomment>The sentence a person reads (&quot;&quot; when nothing is left to do).</extracomment>
        <translation>Use otra clave de licencia para este cliente o pida a su proveedor que traspase esta.</translation>
    </message>
    <message>
        <source>Check the license key and the order with your vendor or in the vendor&apos;s portal.</source>
        <translation>Compruebe la clave de licencia y el pedido con su proveedor o en su portal.</translation>
    </message>
    <message>
        <source>The server refused the API key, not the license key: check the API key in Settings (copy it again from the vendor&apos;s portal), or ask your vendor.</source>
        <extracomment>The headline&apos;s next step after any API-key refusal (100–103).</extracomment>
        <translation>El servidor rechazó la clave de API, no la clave de licencia: compruebe la clave de API en Ajustes (cópiela de nuevo del portal del proveedor) o consulte a su proveedor.</translation>
    </message>
    <message>
        <source>Try again later with the same details: the same request is sent again and cannot assign twice. If it persists, tell your vendor what was sent: the license key, the time and the Idempotency-Key.</source>
        <translation>Vuelva a intentarlo más tarde con los mismos datos: se envía la misma solicitud y no puede asignar dos veces. Si persiste, indique a su proveedor lo que se envió: la clave de licencia, la hora y la Idempotency-Key.</translation>
    </message>
    <message>
        <source>Check now: ask the server for this request&apos;s answer (the same Idempotency-Key: it cannot assign twice).</source>
        <translation>Comprobar ahora: pida al servidor la respuesta a esta solicitud (la misma Idempotency-Key: no puede asignar dos veces).</translation>
    </message>
    <message>
        <source>Nothing was sent. Send it again when you are ready.</source>
        <translation>No se envió nada. Envíela de nuevo cuando esté listo.</translation>
    </message>
    <message>
        <source>Nothing reached the server: check the connection and the server address in Settings, then send again.</source>
        <translation>Nada llegó al servidor: compruebe la conexión y la dirección del servidor en Ajustes y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Do not rely on this answer. Check the profile&apos;s public key in Settings, or ask your vendor whether their signing key changed.</source>
        <translation>No confíe en esta respuesta. Compruebe la clave pública del perfil en Ajustes o pregunte a su proveedor si cambió su clave de firma.</translation>
    </message>
    <message>
        <source>The vendor&apos;s server has no license keys left for this: ask your vendor for more.</source>
        <translation>El servidor del proveedor no tiene más claves de licencia para esto: pida más a su proveedor.</translation>
    </message>
</context>
<context>
    <name>HeadlineBanner</name>
    <message>
        <source>For: {request}</source>
        <extracomment>Stand-ins for the few headline symbols some desktop fonts lack (a box would say nothing). The neutral fill of a result that belongs to the previous request (the form changed). An answer came back from the server (else: nothing, or this computer&apos;s record). A deliberate send again (&quot;Send anyway&quot;). The signed code, when there is one (a next step can depend on it). The request&apos;s Idempotency-Key (&quot;&quot; when none was made). The verdict&apos;s reason (the next step of a not-authentic answer depends on it). The next step&apos;s button was pressed: a :class:`NextAction` value.</extracomment>
        <translation>Para: {request}</translation>
    </message>
    <message>
        <source>For: a saved response (it does not name the request)</source>
        <translation>Para: una respuesta guardada (no indica la solicitud)</translation>
    </message>
    <message>
        <source>Answered {time}</source>
        <translation>Respondida el {time}</translation>
    </message>
    <message>
        <source>At {time}</source>
        <translation>El {time}</translation>
    </message>
    <message>
        <source>Next step: {words}</source>
        <translation>Siguiente paso: {words}</translation>
    </message>
    <message>
        <source>Outcome: {words}</source>
        <translation>Resultado: {words}</translation>
    </message>
    <message>
        <source>For the previous request: {request}. The form has changed since; press Assign to send the new one.</source>
        <translation>Para la solicitud anterior: {request}. El formulario ha cambiado desde entonces; pulse Asignar para enviar la nueva.</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir a&amp;justes…</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Compro&amp;bar ahora</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Enviar de n&amp;uevo</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>History cannot be written: {problem}. Free some space, or assign without recording it (licensegui-cli --no-history).</source>
        <extracomment>The response&apos;s ``signature`` text, kept to recognise a replayed answer. Unix time the answer arrived (the replay check&apos;s clock); None for old rows. The batch this attempt belongs to (its id), None for a single assignment. The id of the earlier attempt with an unknown outcome that this one&apos;s answer resolves. A deliberate &quot;send anyway&quot; of a request already assigned (not a new assignment).</extracomment>
        <translation>No se puede escribir el historial: {problem}. Libere espacio, o asigne sin registrar (licensegui-cli --no-history).</translation>
    </message>
    <message>
        <source>History cannot be opened: {place} cannot be written (a read-only disk or folder). Choose a writable folder (LICENSEGUI_HOME), or assign without recording it (licensegui-cli --no-history).</source>
        <translation>No se puede abrir el historial: no se puede escribir en {place} (un disco o carpeta de solo lectura). Elija una carpeta con escritura (LICENSEGUI_HOME) o asigne sin registrarlo (licensegui-cli --no-history).</translation>
    </message>
    <message>
        <source>The history folder {parent} cannot be created: {reason}.</source>
        <extracomment>Where a damaged database was moved to, when this store had to start afresh. The names the last :meth:`erase_owner` found for the email (to find mentions of them elsewhere: journals, set-aside copies).</extracomment>
        <translation>No se puede crear la carpeta del historial {parent}: {reason}.</translation>
    </message>
    <message>
        <source>History cannot be opened: {exc}.</source>
        <translation>No se puede abrir el historial: {exc}.</translation>
    </message>
    <message>
        <source>The history database is damaged ({exc}) and could not be moved aside: {reason}.</source>
        <translation>La base de datos del historial está dañada ({exc}) y no se pudo apartar: {reason}.</translation>
    </message>
    <message>
        <source>The history database was damaged and has been set aside as {recovered_from}; a new one was started. Nothing was deleted.</source>
        <translation>La base de datos del historial estaba dañada y se apartó como {recovered_from}; se creó una nueva. No se borró nada.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Clave de licencia</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>NOT verified: {why}</source>
        <translation>NO verificada: {why}</translation>
    </message>
    <message>
        <source>All attempts</source>
        <extracomment>Widest the message column is sized to; longer messages elide (the tooltip has them whole). Filter label → (verified, code) arguments for HistoryStore.query.</extracomment>
        <translation>Todos los intentos</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificada</translation>
    </message>
    <message>
        <source>Assigned (800)</source>
        <translation>Asignada (800)</translation>
    </message>
    <message>
        <source>Refused (801)</source>
        <translation>Rechazada (801)</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verificada.</translation>
    </message>
    <message>
        <source>NOT verified: {why} ({reason}).</source>
        <translation>NO verificada: {why} ({reason}).</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>sent again (repeat)</source>
        <translation>enviada de nuevo (repetición)</translation>
    </message>
    <message>
        <source>resolves attempt #{id}</source>
        <translation>resuelve el intento n.º {id}</translation>
    </message>
    <message>
        <source>Cancelled before an answer.</source>
        <translation>Cancelada antes de recibir respuesta.</translation>
    </message>
    <message>
        <source>No answer: the request failed.</source>
        <translation>Sin respuesta: la solicitud falló.</translation>
    </message>
    <message>
        <source>Outcome unknown: the request went out and no answer came back.</source>
        <translation>Resultado desconocido: la solicitud se envió y no llegó ninguna respuesta.</translation>
    </message>
    <message>
        <source>Not sent: the address is not secure.</source>
        <translation>No enviada: la dirección no es segura.</translation>
    </message>
    <message>
        <source>Not sent: check the server&apos;s address and certificate.</source>
        <translation>No enviado: compruebe la dirección y el certificado del servidor.</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Rows the table shows; the export is not capped.</extracomment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>license key, owner, email, message…</source>
        <translation>clave de licencia, titular, correo, mensaje…</translation>
    </message>
    <message>
        <source>Accents and case do not matter: “muller” finds “Müller”.</source>
        <translation>Los acentos y las mayúsculas no importan: «muller» encuentra «Müller».</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>Historial de asignaciones</translation>
    </message>
    <message>
        <source>Re-verification result</source>
        <translation>Resultado de la nueva verificación</translation>
    </message>
    <message>
        <source>&amp;Re-verify selected</source>
        <translation>&amp;Volver a verificar la selección</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Newest {count} shown: search or filter to narrow down (the export includes every match)</source>
        <translation>Se muestran los {count} más recientes: busque o filtre para acotar (la exportación incluye todas las coincidencias)</translation>
    </message>
    <message>
        <source>E&amp;xport filtered rows…</source>
        <translation>E&amp;xportar las filas filtradas…</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n fila exportada a {path}.</numerusform>
            <numerusform>%n filas exportadas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A search or filter is on: {shown} of {every} rows match. Which rows should be exported?</source>
        <translation>Hay una búsqueda o un filtro activo: coinciden {shown} de {every} filas. ¿Qué filas se exportan?</translation>
    </message>
    <message numerus="yes">
        <source>Export %n filtered row(s)</source>
        <translation>
            <numerusform>Exportar %n fila filtrada</numerusform>
            <numerusform>Exportar %n filas filtradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n row(s)</source>
        <translation>
            <numerusform>Exportar la fila (%n)</numerusform>
            <numerusform>Exportar las %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt #{id} was not re-verified: see the main window.</source>
        <translation>El intento n.º {id} no se volvió a verificar: vea la ventana principal.</translation>
    </message>
    <message>
        <source>signature verified with today&apos;s keys ({key})</source>
        <translation>firma verificada con las claves actuales ({key})</translation>
    </message>
    <message>
        <source>signature NOT verified: {why} ({reason})</source>
        <translation>firma NO verificada: {why} ({reason})</translation>
    </message>
    <message>
        <source>Attempt #{id} re-verified: {outcome} — {seal}.</source>
        <translation>Intento n.º {id} verificado de nuevo: {outcome} — {seal}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E&amp;xport %n filtered row(s)…</source>
        <translation>
            <numerusform>E&amp;xportar %n fila filtrada…</numerusform>
            <numerusform>E&amp;xportar %n filas filtradas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E&amp;xport all %n row(s)…</source>
        <translation>
            <numerusform>E&amp;xportar la fila (%n)…</numerusform>
            <numerusform>E&amp;xportar las %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Queued (807)</source>
        <translation>En cola (807)</translation>
    </message>
    <message>
        <source>Nothing to verify</source>
        <translation>Nada que verificar</translation>
    </message>
    <message>
        <source>This attempt got no response: {detail}</source>
        <translation>Este intento no recibió respuesta: {detail}</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Could not write: {reason}.</source>
        <translation>No se pudo escribir: {reason}.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>A journal already exists at {path}; it was not overwritten.</source>
        <translation>Ya existe un registro en {path}; no se sobrescribió.</translation>
    </message>
    <message>
        <source>Cannot create {parent}: {reason}.</source>
        <translation>No se puede crear {parent}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {exc}.</source>
        <translation>No se puede escribir el registro {path}: {exc}.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>No se puede crear {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot use the journal {path}: {reason}; it was left as it is and nothing was sent.</source>
        <translation>No se puede usar el diario {path}: {reason}; se dejó como estaba y no se envió nada.</translation>
    </message>
    <message>
        <source>No journal at {path}.</source>
        <translation>No hay registro en {path}.</translation>
    </message>
    <message>
        <source>Cannot read the journal {path}: {reason}.</source>
        <translation>No se puede leer el registro {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a licensegui batch journal (or it is damaged); it was left as it is and nothing was sent.</source>
        <translation>{path} no es un registro de lote de licensegui (o está dañado); se dejó tal cual y no se envió nada.</translation>
    </message>
    <message>
        <source>{path} is not a licensegui batch journal this version can read.</source>
        <translation>{path} es un registro de lote que esta versión no sabe leer.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({integrity}). It was left as it is; nothing was sent.</source>
        <translation>El registro {path} está dañado ({integrity}). Se dejó tal cual; no se envió nada.</translation>
    </message>
    <message>
        <source>Cannot write a journal in the folder {folder}: it is read-only (or not yours). Choose another folder (--journal).</source>
        <translation>No se puede escribir un diario en la carpeta {folder}: es de solo lectura (o no es suya). Elija otra carpeta (--journal).</translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {problem}.</source>
        <translation>No se puede escribir el diario {path}: {problem}.</translation>
    </message>
    <message>
        <source>The journal {path} is in use by another licensegui (a window or licensegui-cli running this batch). Let it finish or stop it first.</source>
        <translation>El registro {path} lo está usando otro licensegui (una ventana o licensegui-cli que ejecuta este lote). Deje que termine o deténgalo primero.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {exc}.</source>
        <translation>No se puede abrir el registro {path}: {exc}.</translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {error}.</source>
        <translation>No se puede escribir el registro {path}: {error}.</translation>
    </message>
    <message>
        <source>Row {n} is not waiting to be sent ({state}).</source>
        <translation>La fila {n} no está esperando a enviarse ({state}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <extracomment>The .xlsx&apos;s outcome columns: what a person reads first (status, the outcome in words, the server&apos;s code and message, when it was signed, the request&apos;s Idempotency-Key), then the rest of what the CSV has. Rows the ledger answered: nothing went out for them (issue 28), so no HTTP status of their own, and &quot;not sent&quot; rather than a verification that was never made now.</extracomment>
        <translation>No se puede escribir {path}: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>JournalPrivacy</name>
    <message>
        <source>The batch journal {path} is in use by a running batch; the owner was not erased from it. Erase again once it has finished.</source>
        <extracomment>Journals a running batch holds: not changed. Rows of the owner still to be sent by an unfinished batch: not changed. Journals that could not be read (damaged): not changed. Damaged histories set aside that could not be read and still hold the address. The demo&apos;s records of who holds its keys, when they could not be erased from.</extracomment>
        <translation>El diario de lote {path} está en uso por un lote en curso; el titular no se borró de él. Borre de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>{n} row(s) of this owner are still to be sent by an unfinished batch and were kept; erase again once it has finished.</source>
        <translation>{n} fila(s) de este titular aún debe(n) enviarse en un lote sin terminar y se conservaron; borre de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The batch journal {path} could not be read; the owner may still be in it.</source>
        <translation>No se pudo leer el diario de lote {path}; puede que el titular siga en él.</translation>
    </message>
    <message>
        <source>The damaged history set aside as {path} cannot be read and still holds the owner&apos;s address; delete it to erase them.</source>
        <translation>El historial dañado apartado como {path} no se puede leer y aún contiene la dirección del titular; bórrelo para eliminarlo.</translation>
    </message>
    <message>
        <source>The demo&apos;s records {path} could not be read; the owner may still be in them. Quit the demo and delete its folder to erase them.</source>
        <translation>No se pudieron leer los registros de la demo {path}; el titular puede seguir en ellos. Cierre la demo y borre su carpeta para borrarlos.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO — a local sandbox server on this computer; nothing is sent to a vendor.</source>
        <extracomment>The demo sandbox is starting after the first paint (see ui.app): say so till then. Actions that would mix another source into a live request&apos;s result.</extracomment>
        <translation>DEMO — un servidor de pruebas local en este equipo; no se envía nada a ningún fabricante.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Iniciando el entorno de pruebas de demostración…</translation>
    </message>
    <message>
        <source>Checking where the API key is kept…</source>
        <translation>Comprobando dónde se guarda la clave de API…</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Send a&amp;nyway</source>
        <translation>E&amp;nviar de todos modos</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Solicitud en curso</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>DEMO — a temporary sandbox: another licensegui window runs this computer&apos;s demo, so this one forgets its keys when it quits.</source>
        <translation>DEMO — un sandbox temporal: otra ventana de licensegui ejecuta la demo de este equipo, así que esta olvida sus claves al salir.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: {error}</source>
        <translation>No se pudo iniciar el entorno de pruebas de demostración: {error}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Verify saved response…</source>
        <translation>&amp;Verificar respuesta guardada…</translation>
    </message>
    <message>
        <source>Verify &amp;pasted response…</source>
        <translation>Verificar respuesta &amp;pegada…</translation>
    </message>
    <message>
        <source>&amp;Save response as…</source>
        <translation>&amp;Guardar respuesta como…</translation>
    </message>
    <message>
        <source>&amp;Batch assign…</source>
        <translation>Asignación por &amp;lotes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Unknown outcomes…</source>
        <translation>Resultados &amp;desconocidos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About licensegui</source>
        <translation>&amp;Acerca de licensegui</translation>
    </message>
    <message>
        <source>kept in memory for this session only — never written to disk.</source>
        <translation>guardada en memoria solo durante esta sesión — nunca se escribe en disco.</translation>
    </message>
    <message>
        <source>not set yet — you will be asked for it at the first assignment, and it can be stored in {backend}.</source>
        <translation>aún no definida — se le pedirá en la primera asignación y podrá guardarse en {backend}.</translation>
    </message>
    <message>
        <source>not set yet — you will be asked for it at the first assignment and it is kept for this session only (no keyring available on this system).</source>
        <translation>aún no definida — se le pedirá en la primera asignación y se guardará solo durante esta sesión (no hay llavero disponible en este sistema).</translation>
    </message>
    <message>
        <source>No profile yet: open Settings to add your vendor&apos;s server.</source>
        <translation>Aún no hay perfiles: abra Configuración para añadir el servidor de su fabricante.</translation>
    </message>
    <message>
        <source>none — import one in Settings</source>
        <translation>ninguna — importe una en Configuración</translation>
    </message>
    <message>
        <source>API key: {where}</source>
        <translation>Clave de API: {where}</translation>
    </message>
    <message>
        <source>{text}  ·  Trusted public keys: {keys}</source>
        <translation>{text}  ·  Claves públicas de confianza: {keys}</translation>
    </message>
    <message>
        <source>API key: checking the keyring…  ·  Trusted public keys: {keys}</source>
        <translation>Clave de API: comprobando el llavero…  ·  Claves públicas de confianza: {keys}</translation>
    </message>
    <message>
        <source>No public key</source>
        <extracomment>How long after an answer the same form&apos;s Return is taken for a repeat of the press. (profile, request, when) of the last answer: a second Return on the unchanged form a moment after it is no new request (issue 28). The last request the ledger answered without sending (for &quot;Send anyway&quot;). The last request sent (for &quot;Check now&quot; / &quot;Send again&quot; from its headline).</extracomment>
        <translation>Sin clave pública</translation>
    </message>
    <message>
        <source>The profile “{name}” has no public key, so no answer could be verified. Import the vendor&apos;s public key in Settings first.</source>
        <translation>El perfil «{name}» no tiene clave pública, así que ninguna respuesta podría verificarse. Importe primero la clave pública del fabricante en Configuración.</translation>
    </message>
    <message>
        <source>Already assigned to this owner on {when} by this computer</source>
        <translation>Ya asignada a este titular el {when} por este equipo</translation>
    </message>
    <message>
        <source>Not sent again: this computer&apos;s history holds the server&apos;s signed answer, shown below as the receipt. “Send anyway” sends the same request again (the same Idempotency-Key while the server remembers it).</source>
        <translation>No se ha vuelto a enviar: el historial de este equipo guarda la respuesta firmada del servidor, mostrada abajo como recibo. «Enviar de todos modos» envía de nuevo la misma solicitud (la misma Idempotency-Key mientras el servidor la recuerde).</translation>
    </message>
    <message>
        <source>The server refused (801) because the key is already assigned — to this owner, by this computer.</source>
        <translation>El servidor rechazó (801) porque la clave ya está asignada — a este titular, por este equipo.</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by this computer</source>
        <translation>Ya asignada a {owner} ({email}) el {when} por este equipo</translation>
    </message>
    <message>
        <source>Not sent: this computer assigned this key to someone else. “Send anyway” asks the server regardless (it will most likely refuse: 801).</source>
        <translation>No enviada: este equipo asignó esta clave a otra persona. «Enviar de todos modos» pregunta al servidor igualmente (lo más probable es que rechace: 801).</translation>
    </message>
    <message>
        <source>The server refused (801): this computer assigned the key to {owner} ({email}) on {when}.</source>
        <translation>El servidor rechazó (801): este equipo asignó la clave a {owner} ({email}) el {when}.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Ya asignada</translation>
    </message>
    <message>
        <source>Assigned elsewhere</source>
        <translation>Asignada en otro lugar</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Clave API rechazada</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Not authentic</source>
        <translation>No auténtica</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>Aún desconocido</translation>
    </message>
    <message>
        <source>A request is out</source>
        <translation>Hay una solicitud en curso</translation>
    </message>
    <message>
        <source>An assignment request is waiting for the server&apos;s answer. Quit anyway? The server may still assign the key: the attempt is kept as an unknown outcome, offered for checking at the next start (with the same Idempotency-Key, so nothing is assigned twice).</source>
        <translation>Una solicitud de asignación espera la respuesta del servidor. ¿Salir de todos modos? El servidor aún puede asignar la clave: el intento se guarda como resultado desconocido y se ofrece para comprobarlo en el próximo inicio (con la misma Idempotency-Key, así que nada se asigna dos veces).</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Seguir esperando</translation>
    </message>
    <message>
        <source>Unknown outcomes</source>
        <translation>Resultados desconocidos</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) went out without an answer (a quit, a lost connection): the server may have assigned the key. Check now asks the server again with the same Idempotency-Key, so nothing is assigned twice.</source>
        <translation>
            <numerusform>%n solicitud se envió sin respuesta (un cierre, una conexión perdida): puede que el servidor haya asignado la clave. «Comprobar ahora» pregunta de nuevo al servidor con la misma Idempotency-Key, así que nada se asigna dos veces.</numerusform>
            <numerusform>%n solicitudes se enviaron sin respuesta (un cierre, una conexión perdida): puede que el servidor haya asignado la clave. «Comprobar ahora» pregunta de nuevo al servidor con la misma Idempotency-Key, así que nada se asigna dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Clave de licencia</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Check now: {license_key}</source>
        <translation>Comprobar ahora: {license_key}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Answered (see History)</source>
        <translation>Respondida (ver Historial)</translation>
    </message>
    <message>
        <source>Every request this computer sent has a known outcome: none is waiting to be checked.</source>
        <translation>Cada solicitud que envió este equipo tiene un resultado conocido: ninguna espera comprobación.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>The profile “{name}” no longer exists, so the request cannot be sent again from here.</source>
        <translation>El perfil «{name}» ya no existe, así que la solicitud no se puede reenviar desde aquí.</translation>
    </message>
    <message>
        <source>Live answer</source>
        <translation>Respuesta en directo</translation>
    </message>
    <message>
        <source>Answered in {ms} ms</source>
        <translation>Respuesta en {ms} ms</translation>
    </message>
    <message>
        <source>{status} · sent again: marked as a repeat in history</source>
        <translation>{status} · enviada de nuevo: marcada como repetición en el historial</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Stored answer (receipt)</source>
        <translation>Respuesta guardada (recibo)</translation>
    </message>
    <message>
        <source>Not sent: the team ledger answered.</source>
        <translation>No enviada: respondió el registro del equipo.</translation>
    </message>
    <message>
        <source>Not sent: this computer&apos;s history answered.</source>
        <translation>No enviada: respondió el historial de este equipo.</translation>
    </message>
    <message>
        <source>The request did not complete; see below.</source>
        <translation>La solicitud no se completó; vea más abajo.</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>La solicitud falló</translation>
    </message>
    <message>
        <source>{message} Pressing Assign again re-sends the same request (same Idempotency-Key): it cannot assign twice.</source>
        <translation>{message} Pulsar Asignar de nuevo reenvía la misma solicitud (misma Idempotency-Key): no puede asignar dos veces.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>The request was cancelled. If the server received it, the key may be assigned: pressing Assign again asks the server for the same request&apos;s answer, without assigning twice.</source>
        <translation>La solicitud se canceló. Si el servidor la recibió, puede que la clave esté asignada: pulsar Asignar de nuevo pide al servidor la respuesta a esa misma solicitud, sin asignar dos veces.</translation>
    </message>
    <message>
        <source>The request was cancelled after it went out.</source>
        <translation>La solicitud se canceló después de enviarse.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>The request went out and no answer came back: the server may have assigned the key. Press Assign again to learn the outcome (the same Idempotency-Key: it cannot assign twice).</source>
        <translation>La solicitud se envió y no llegó respuesta: puede que el servidor haya asignado la clave. Pulse Asignar de nuevo para conocer el resultado (la misma Idempotency-Key: no puede asignar dos veces).</translation>
    </message>
    <message>
        <source>The team ledger cannot be reached ({problem}): decided with this computer&apos;s knowledge only; it is shared once the team ledger is back.</source>
        <translation>No se puede alcanzar el registro del equipo ({problem}): decidido solo con lo que sabe este equipo; se compartirá cuando el registro vuelva.</translation>
    </message>
    <message>
        <source>Outcome: {title}</source>
        <translation>Resultado: {title}</translation>
    </message>
    <message>
        <source>No signed answer</source>
        <translation>Sin respuesta firmada</translation>
    </message>
    <message>
        <source>Still assigned to this owner</source>
        <translation>Sigue asignada a este titular</translation>
    </message>
    <message>
        <source>Sent again on purpose: the server confirmed the assignment it had made; nothing new was assigned.</source>
        <translation>Enviada de nuevo a propósito: el servidor confirmó la asignación que había hecho; no se asignó nada nuevo.</translation>
    </message>
    <message>
        <source>Not checked: {source} would be mixed with the request in progress. Wait for it, or cancel it first.</source>
        <translation>No verificada: {source} se mezclaría con la solicitud en curso. Espere a que termine o cancélela primero.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sin perfil</translation>
    </message>
    <message>
        <source>Add a profile with the vendor&apos;s public key in Settings first.</source>
        <translation>Añada primero en Configuración un perfil con la clave pública del fabricante.</translation>
    </message>
    <message>
        <source>{source} (checked with “{name}”)</source>
        <translation>{source} (verificada con «{name}»)</translation>
    </message>
    <message>
        <source>Checked {source}</source>
        <translation>{source} verificada</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <source>{path} is too large to be a response.</source>
        <translation>{path} es demasiado grande para ser una respuesta.</translation>
    </message>
    <message>
        <source>Verify a saved response</source>
        <translation>Verificar una respuesta guardada</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pasted response</source>
        <translation>Respuesta pegada</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texto soltado</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Wait for the request to finish first.</source>
        <translation>Espere primero a que termine la solicitud.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Not every API key change was made:</source>
        <translation>No se pudieron hacer todos los cambios de claves de API:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The history cannot be opened: {error}</source>
        <translation>No se puede abrir el historial: {error}</translation>
    </message>
    <message numerus="yes">
        <source> (%n more unfinished)</source>
        <translation>
            <numerusform> (%n más sin terminar)</numerusform>
            <numerusform> (%n más sin terminar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Lote sin terminar</translation>
    </message>
    <message>
        <source>The batch “{input_name}” started {when} against {base_url} was stopped before it finished: {left} rows are not done{more}. Open it to resume? Rows already sent are re-sent with the same keys, so nothing is assigned twice.</source>
        <translation>El lote «{input_name}» iniciado el {when} contra {base_url} se detuvo antes de terminar: {left} filas sin hacer{more}. ¿Abrirlo para reanudarlo? Las filas ya enviadas se reenvían con las mismas claves, así que nada se asigna dos veces.</translation>
    </message>
    <message>
        <source>Open the batch</source>
        <translation>Abrir el lote</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Profile no longer exists</source>
        <translation>El perfil ya no existe</translation>
    </message>
    <message>
        <source>Attempt #{id} was made with the profile “{profile}”, which no longer exists. Check it with the keys of “{name}”?</source>
        <translation>El intento n.º {id} se hizo con el perfil «{profile}», que ya no existe. ¿Comprobarlo con las claves de «{name}»?</translation>
    </message>
    <message>
        <source>Check with these keys</source>
        <translation>Comprobar con estas claves</translation>
    </message>
    <message>
        <source>History #{id}</source>
        <translation>Historial n.º {id}</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas las comprobaciones se superaron.</translation>
    </message>
    <message>
        <source>Some checks failed: see the details, and send them to support.</source>
        <translation>Algunas comprobaciones fallaron: vea los detalles y envíelos al servicio de asistencia.</translation>
    </message>
    <message>
        <source>The details are in English, for support.</source>
        <translation>Los detalles están en inglés, para el soporte.</translation>
    </message>
    <message>
        <source>About licensegui</source>
        <translation>Acerca de licensegui</translation>
    </message>
    <message>
        <source>Assign license keys on a Key Manager server and verify, truthfully, that its answers are authentic.</source>
        <translation>Asigne claves de licencia en un servidor Key Manager y verifique, con veracidad, que sus respuestas son auténticas.</translation>
    </message>
    <message>
        <source>Qt {qt} · API key storage: {storage}</source>
        <translation>Qt {qt} · Almacén de la clave de API: {storage}</translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation>Registros: {folder}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>invalid API key</source>
        <translation>clave de API no válida</translation>
    </message>
    <message>
        <source>The server does not know this API key. Check it in Settings → API key (copy it again from the vendor&apos;s portal).</source>
        <translation>El servidor no conoce esta clave de API. Revísela en Configuración → Clave de API (cópiela de nuevo del portal del fabricante).</translation>
    </message>
    <message>
        <source>inactive API key</source>
        <translation>clave de API inactiva</translation>
    </message>
    <message>
        <source>This API key is inactive. Ask your vendor to re-activate it.</source>
        <translation>Esta clave de API está inactiva. Pida a su fabricante que la reactive.</translation>
    </message>
    <message>
        <source>API key lacks permission</source>
        <translation>la clave de API no tiene permiso</translation>
    </message>
    <message>
        <source>This API key may not assign license keys. Ask your vendor to grant that permission.</source>
        <translation>Esta clave de API no puede asignar claves de licencia. Pida ese permiso a su fabricante.</translation>
    </message>
    <message>
        <source>API key not allowed from this IP address</source>
        <translation>clave de API no permitida desde esta dirección IP</translation>
    </message>
    <message>
        <source>This API key cannot be used from your IP address. Ask your vendor to allow it.</source>
        <translation>Esta clave de API no se puede usar desde su dirección IP. Pida a su fabricante que la autorice.</translation>
    </message>
    <message>
        <source>The server denies this computer access (a blocked IP address or identifier). Ask your vendor.</source>
        <translation>El servidor deniega el acceso a este equipo (una dirección IP o un identificador bloqueados). Consulte a su proveedor.</translation>
    </message>
    <message>
        <source>license key assigned</source>
        <translation>clave de licencia asignada</translation>
    </message>
    <message>
        <source>invalid or already assigned</source>
        <translation>no válida o ya asignada</translation>
    </message>
    <message>
        <source>insufficient license keys</source>
        <translation>claves de licencia insuficientes</translation>
    </message>
    <message>
        <source>license keys assigned (bulk)</source>
        <translation>claves de licencia asignadas (en bloque)</translation>
    </message>
    <message>
        <source>product not found</source>
        <translation>producto no encontrado</translation>
    </message>
    <message>
        <source>generator not found</source>
        <translation>generador no encontrado</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <source>an error (HTTP {http_status})</source>
        <extracomment>What the outcome line shows of a server&apos;s message at most (the details pane has it all). 9999-12-31: past this, platform time functions overflow (or raise) on some systems.</extracomment>
        <translation>un error (HTTP {http_status})</translation>
    </message>
    <message>
        <source>something else (HTTP {http_status})</source>
        <translation>otra cosa (HTTP {http_status})</translation>
    </message>
    <message>
        <source>Server error (HTTP {http_status})</source>
        <translation>Error del servidor (HTTP {http_status})</translation>
    </message>
    <message>
        <source>No signed answer (HTTP {http_status})</source>
        <translation>Sin respuesta firmada (HTTP {http_status})</translation>
    </message>
    <message>
        <source>The server answered with {what}, not a signed answer. Nothing was verified; try again later, or ask your vendor if it persists.</source>
        <translation>El servidor respondió con {what}, no con una respuesta firmada. No se verificó nada; vuelva a intentarlo más tarde o consulte a su fabricante si persiste.</translation>
    </message>
    <message>
        <source> It claims {code} “{message}”.</source>
        <translation> Afirma {code} «{message}».</translation>
    </message>
    <message>
        <source>Unknown — the answer is not authentic</source>
        <translation>Desconocido — la respuesta no es auténtica</translation>
    </message>
    <message>
        <source>Do not rely on this answer: it could not be shown to come from your vendor&apos;s server.{claim} Check again, or ask your vendor.</source>
        <translation>No confíe en esta respuesta: no se pudo demostrar que venga del servidor de su fabricante.{claim} Compruébelo de nuevo o consulte a su fabricante.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>The license key is now assigned to this owner.</source>
        <translation>La clave de licencia ya está asignada a este titular.</translation>
    </message>
    <message>
        <source>Assigned (bulk)</source>
        <translation>Asignada (en bloque)</translation>
    </message>
    <message>
        <source>request queued</source>
        <translation>solicitud en cola</translation>
    </message>
    <message>
        <source>Queued (807)</source>
        <translation>En cola (807)</translation>
    </message>
    <message>
        <source>The server queued the request; check later.</source>
        <translation>El servidor puso la solicitud en cola; compruébelo más tarde.</translation>
    </message>
    <message>
        <source>API key problem ({code}): {message}</source>
        <translation>Problema con la clave de API ({code}): {message}</translation>
    </message>
    <message>
        <source>Refused ({code}): {meaning}</source>
        <translation>Rechazada ({code}): {meaning}</translation>
    </message>
    <message>
        <source>Code {code}: {message}</source>
        <translation>Código {code}: {message}</translation>
    </message>
    <message>
        <source>Not an assignment result.</source>
        <extracomment>Any other code (verify, activate, details codes, or one the API adds later).</extracomment>
        <translation>No es un resultado de asignación.</translation>
    </message>
    <message>
        <source>Access denied ({code}): {message}</source>
        <translation>Acceso denegado ({code}): {message}</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by {staff} on {computer} (team ledger).</source>
        <translation>Ya asignada a {owner} ({email}) el {when} por {staff} en {computer} (registro del equipo).</translation>
    </message>
    <message>
        <source>This computer has no record of this key: it is invalid, or it was assigned elsewhere (another computer, the vendor&apos;s portal).</source>
        <extracomment>After a verified 801 when this computer knows nothing of the key.</extracomment>
        <translation>Este equipo no tiene registro de esta clave: no es válida, o se asignó en otro lugar (otro equipo, el portal del proveedor).</translation>
    </message>
    <message>
        <source>The server says it is already assigned: to this owner, on {when} by this computer.</source>
        <translation>El servidor indica que ya está asignada: a este titular, el {when} desde este equipo.</translation>
    </message>
    <message>
        <source>Already assigned to this owner on {when} by this computer. Nothing was sent again; the stored signed answer is the receipt.</source>
        <translation>Ya asignada a este titular el {when} desde este equipo. No se volvió a enviar nada; la respuesta firmada guardada es el comprobante.</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Ya asignada</translation>
    </message>
    <message>
        <source>Already assigned to {owner} ({email}) on {when} by this computer.</source>
        <translation>Ya asignada a {owner} ({email}) el {when} desde este equipo.</translation>
    </message>
    <message>
        <source>{sentence} Nothing was sent.</source>
        <translation>{sentence} No se envió nada.</translation>
    </message>
    <message>
        <source>Assigned to someone else</source>
        <translation>Asignada a otra persona</translation>
    </message>
    <message>
        <source>This computer holds no answer assigning this key, but its attempt #{attempt} for {owner} ({email}) on {when} has no known outcome and may hold it. Check that attempt (View → Unknown outcomes…, or licensegui-cli history check).</source>
        <translation>Este equipo no tiene ninguna respuesta que asigne esta clave, pero su intento n.º {attempt} para {owner} ({email}) del {when} no tiene resultado conocido y podría haberla asignado. Compruebe ese intento (Ver → Resultados desconocidos… o licensegui-cli history check).</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>The request went out and no answer came back: the server may have assigned the key. Send the same request again to learn the outcome (it is sent with the same Idempotency-Key).</source>
        <translation>La solicitud se envió y no llegó ninguna respuesta: es posible que el servidor haya asignado la clave. Envíe de nuevo la misma solicitud para conocer el resultado (se envía con la misma Idempotency-Key).</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>firma verificada</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>respuesta vacía</translation>
    </message>
    <message>
        <source>not a signed response</source>
        <translation>no es una respuesta firmada</translation>
    </message>
    <message>
        <source>the server did not sign it</source>
        <translation>el servidor no la firmó</translation>
    </message>
    <message>
        <source>unknown signing key</source>
        <translation>clave de firma desconocida</translation>
    </message>
    <message>
        <source>no {label} key configured</source>
        <translation>no hay clave «{label}» configurada</translation>
    </message>
    <message>
        <source>signature is garbled</source>
        <translation>la firma está dañada</translation>
    </message>
    <message>
        <source>signature has the wrong size</source>
        <translation>la firma tiene un tamaño incorrecto</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>la firma no coincide</translation>
    </message>
    <message>
        <source>signed text is garbled</source>
        <translation>el texto firmado está dañado</translation>
    </message>
    <message>
        <source>signed payload is malformed</source>
        <translation>el contenido firmado está mal formado</translation>
    </message>
    <message>
        <source>edited after signing</source>
        <translation>editada después de firmarse</translation>
    </message>
    <message>
        <source>stale or replayed</source>
        <translation>caducada o repetida</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <source>implausible signed values</source>
        <translation>valores firmados inverosímiles</translation>
    </message>
    <message>
        <source>a replayed earlier answer</source>
        <translation>una respuesta anterior repetida</translation>
    </message>
    <message>
        <source>{timestamp} (not a plausible time)</source>
        <translation>{timestamp} (hora inverosímil)</translation>
    </message>
    <message>
        <source>in {n} s</source>
        <translation>dentro de {n} s</translation>
    </message>
    <message>
        <source>{n} s ago</source>
        <translation>hace {n} s</translation>
    </message>
    <message>
        <source>in {n} min</source>
        <translation>dentro de {n} min</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>hace {n} min</translation>
    </message>
    <message>
        <source>in {n} h</source>
        <translation>dentro de {n} h</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>hace {n} h</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Verify a pasted response</source>
        <translation>Verificar una respuesta pegada</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Paste the whole response body, exactly as received (Return verifies it; Shift+Return starts a new line):</source>
        <translation>Pegue el cuerpo completo de la respuesta, exactamente como se recibió (Intro lo verifica; Mayús+Intro empieza una línea nueva):</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Edited after signing (the signed value counts):</source>
        <translation>Editado después de firmar (cuenta el valor firmado):</translation>
    </message>
    <message>
        <source>{field}: signed {signed}, readable copy says {readable}</source>
        <translation>{field}: firmado {signed}, la copia legible dice {readable}</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>memory, this session only</source>
        <translation>memoria, solo esta sesión</translation>
    </message>
    <message>
        <source>Not stored: no keyring available on this system{why} — kept for this session only.</source>
        <translation>No guardada: no hay ningún llavero disponible en este sistema{why} — se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Stored in {name}.</source>
        <translation>Guardada en {name}.</translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it (or allow access) and try again.</source>
        <translation>El llavero está bloqueado; desbloquéelo (o permita el acceso) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keyring refused to read the API key: {exc}</source>
        <translation>El llavero se negó a leer la clave de API: {exc}</translation>
    </message>
    <message>
        <source>Not set. {sentence}</source>
        <translation>No configurada. {sentence}</translation>
    </message>
    <message>
        <source>kept in memory for this session only — never written to disk.</source>
        <translation>en memoria solo durante esta sesión — nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>The keyring refused to save the API key: {exc}</source>
        <translation>El llavero se negó a guardar la clave de API: {exc}</translation>
    </message>
    <message>
        <source>The keyring refused to delete the API key: {exc}</source>
        <translation>El llavero se negó a borrar la clave de API: {exc}</translation>
    </message>
    <message>
        <source>{profile}: the keyring could not keep the API key ({why}); it is kept for this session only and will be asked for again at the next start.</source>
        <translation>{profile}: el llavero no pudo guardar la clave de API ({why}); se conserva solo para esta sesión y se volverá a pedir en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Replayed: this exact signed answer was already received for attempt #{attempt} at {when} (license key {license_key}). The signature is genuine, but the answer is not for this request. Do not rely on it.</source>
        <extracomment>How far apart (seconds) two genuine answers with the same signed timestamp can be: the server&apos;s clock ticks in whole seconds. See :func:`check_replay`. Allowance for how the time an old row&apos;s answer arrived is estimated (start + elapsed).</extracomment>
        <translation>Repetida: esta misma respuesta firmada ya se recibió para el intento n.º {attempt} el {when} (clave de licencia {license_key}). La firma es auténtica, pero la respuesta no es para esta solicitud. No confíe en ella.</translation>
    </message>
    <message>
        <source>Not recorded in history: {exc}</source>
        <translation>No se registró en el historial: {exc}</translation>
    </message>
    <message>
        <source>History could not be consulted before sending: {exc}</source>
        <extracomment>The answer; for ``already_assigned`` the stored signed answer, verified again. (reason, sentence) when there is no answer: ``network_error``, ``cancelled`` or ``insecure_url`` (the server redirected to plain http: nothing was sent there). Whether it went out is ``outcome``: ``unknown`` (it did), ``cancelled`` (never sent). A sentence when the attempt could not be recorded (shown with the result). A :class:`codes.Outcome` value. What the ledger knew (who and when), where that decided or explains the outcome. False when the ledger answered and nothing went out. A deliberate &quot;send anyway&quot; of an already-assigned request. The history id of the unknown outcome this answer resolves. A sentence to show beside the outcome (a re-send after the idempotency window). The team ledger: &quot;consulted&quot;, &quot;offline&quot; (``team_problem`` says why) or &quot;not_configured&quot; (issue 27).</extracomment>
        <translation>No se pudo consultar el historial antes de enviar: {exc}</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <source>Sent; no answer has been recorded.</source>
        <translation>Enviada; no se ha registrado ninguna respuesta.</translation>
    </message>
    <message>
        <source>Sent again exactly as first written ({email}), with the first request&apos;s Idempotency-Key, so that the server answers that request.</source>
        <translation>Enviada de nuevo exactamente como se escribió la primera vez ({email}), con la Idempotency-Key de la primera solicitud, para que el servidor responda a esa solicitud.</translation>
    </message>
    <message>
        <source>The first send was on {when}, longer ago than the server is expected to remember it: this re-send may be answered 801 for that very assignment.</source>
        <translation>El primer envío fue el {when}, hace más tiempo del que el servidor suele recordar: este reenvío puede recibir la respuesta 801 por esa misma asignación.</translation>
    </message>
    <message>
        <source>Cancelled while the request was out: the server may have acted on it. Send it again to learn the outcome (the same request is answered the same).</source>
        <translation>Cancelada mientras la solicitud estaba en curso: es posible que el servidor la haya procesado. Envíela de nuevo para conocer el resultado (la misma solicitud recibe la misma respuesta).</translation>
    </message>
    <message>
        <source>Not recorded in history: {history_unavailable}</source>
        <translation>No se registró en el historial: {history_unavailable}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings could not be read ({strerror}); using defaults.</source>
        <extracomment>The largest settings file read: ours are a few KB (profiles with their public keys). How long a server is expected to remember an Idempotency-Key (the ledger&apos;s window): a minute to 30 days; the default is the common day of idempotency stores. History retention in days; 0 keeps everything. Languages the window can be shown in (&quot;&quot; = as the OS). The names live in the UI. A PEM public key or certificate is a few KiB; anything far larger is not one. The batch window&apos;s &quot;Requests at a time&quot; (the runner&apos;s own bounds, 1 to 8; default 2). Column mappings remembered (by the header&apos;s signature): a few per reseller&apos;s spreadsheets, bounded so a damaged file cannot grow without end; the oldest go first. Demo profiles live for one run and are never written to disk. The team ledger shared with colleagues for this server (a PostgreSQL URL without a password: that lives in the keyring), &quot;&quot; for none; and whether nothing is sent while it cannot be reached (issue 27). Delete attempts older than this many days (personal data); 0 keeps everything. The window&apos;s language: &quot;&quot; follows the OS, else one of LANGUAGE_CODES. How long a request is re-sent with its first Idempotency-Key (see core/ledger.py). The batch window&apos;s &quot;Requests at a time&quot;, as the user last chose it. Batch column mappings the user chose: header signature → {field: header name}. &quot;Your name&quot; in the team ledger; &quot;&quot; for LICENSEGUI_STAFF or the OS user name.</extracomment>
        <translation>No se pudo leer la configuración ({strerror}); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as {name}.</source>
        <translation>El archivo de configuración estaba dañado; se guardó como {name}.</translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}.</source>
        <translation>No se pudo guardar la configuración: {reason}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import {label} public key</source>
        <translation>Importar la clave pública «{label}»</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Clear {label} public key</source>
        <translation>Quitar la clave pública «{label}»</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no configurada</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>inutilizable</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the {label} public key</source>
        <translation>Huella SHA-256 de la clave pública {label}</translation>
    </message>
    <message>
        <source>RSA {bits}-bit · SHA-256:</source>
        <translation>RSA de {bits} bits · SHA-256:</translation>
    </message>
    <message>
        <source>Team ledger address</source>
        <extracomment>(url, required) as the user edits them.</extracomment>
        <translation>Dirección del registro del equipo</translation>
    </message>
    <message>
        <source>Send nothing while it cannot be reached</source>
        <translation>No enviar nada mientras no se pueda alcanzar</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>Definir contrase&amp;ña…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <source>Team ledger password</source>
        <translation>Contraseña del registro del equipo</translation>
    </message>
    <message>
        <source>Password of {account} (kept in the keyring):</source>
        <translation>Contraseña de {account} (guardada en el llavero):</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring ({kind}); give it to libpq by PGPASSWORD or .pgpass instead.</source>
        <translation>No se pudo guardar la contraseña en el llavero ({kind}); désela a libpq con PGPASSWORD o .pgpass.</translation>
    </message>
    <message>
        <source>Password kept in the keyring.</source>
        <translation>Contraseña guardada en el llavero.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not reachable: {problem}</source>
        <translation>No alcanzable: {problem}</translation>
    </message>
    <message>
        <source>Reachable: schema version {version}, {records} records.</source>
        <translation>Alcanzable: versión del esquema {version}, {records} registros.</translation>
    </message>
    <message>
        <source>Set up licensegui</source>
        <extracomment>An API key change waiting for OK: (&quot;keyring&quot;|&quot;session&quot;, key) or (&quot;delete&quot;, &quot;&quot;).</extracomment>
        <translation>Configurar licensegui</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Profiles</source>
        <extracomment>API key changes to carry out after OK (see key_changes()).</extracomment>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation>&amp;Añadir perfil</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>&amp;Quitar perfil</translation>
    </message>
    <message>
        <source>Profiles (one per vendor server):</source>
        <translation>Perfiles (uno por servidor de fabricante):</translation>
    </message>
    <message>
        <source>Set / re&amp;place API key…</source>
        <translation>Configurar / &amp;sustituir clave de API…</translation>
    </message>
    <message>
        <source>Remo&amp;ve API key</source>
        <translation>Quitar cla&amp;ve de API</translation>
    </message>
    <message>
        <source>The demo profile is built in and never saved; its server keeps its keys and what it assigned in this computer&apos;s data folder.</source>
        <translation>El perfil de demo está integrado y nunca se guarda; su servidor conserva sus claves y lo que asignó en la carpeta de datos de este equipo.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>Global public key:</source>
        <translation>Clave pública global:</translation>
    </message>
    <message>
        <source>Product public key:</source>
        <translation>Clave pública de producto:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Team led&amp;ger:</source>
        <translation>Re&amp;gistro del equipo:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>A new language applies when licensegui starts again.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie licensegui.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Re&amp;play window (±):</source>
        <translation>Ventana de re&amp;petición (±):</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tiempo de espera de la solicitud:</translation>
    </message>
    <message>
        <source>default: “{name}”</source>
        <translation>predeterminado: «{name}»</translation>
    </message>
    <message>
        <source>Your name (team ledger):</source>
        <translation>Su nombre (registro del equipo):</translation>
    </message>
    <message>
        <source>What do I need? (User guide)</source>
        <translation>¿Qué necesito? (Guía del usuario)</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Erase an owner…</source>
        <translation>&amp;Borrar un titular…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Keep attempts for:</source>
        <translation>&amp;Conservar intentos durante:</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Vendor {n}</source>
        <translation>Fabricante {n}</translation>
    </message>
    <message>
        <source>Import the {label} public key</source>
        <translation>Importar la clave pública «{label}»</translation>
    </message>
    <message>
        <source>PEM public keys (*.pem *.pub *.txt);;All files (*)</source>
        <translation>Claves públicas PEM (*.pem *.pub *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Will be removed when you press OK.</source>
        <translation>Se quitará al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>Will be saved in {backend} when you press OK.</source>
        <translation>Se guardará en {backend} al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>Will be kept in memory for this session only (when you press OK).</source>
        <translation>Se conservará en memoria solo durante esta sesión (al pulsar Aceptar).</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Set — {where}</source>
        <translation>Configurada — {where}</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>Clave de API no guardada</translation>
    </message>
    <message>
        <source>Remove API key</source>
        <translation>Quitar clave de API</translation>
    </message>
    <message>
        <source>Remove the API key of “{name}” from {where}? It is removed when you press OK; Cancel keeps it.</source>
        <translation>¿Quitar la clave de API de «{name}» de {where}? Se quita al pulsar Aceptar; Cancelar la conserva.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>How long the server is expected to remember a request&apos;s Idempotency-Key. Within it the same request is sent again with its first key; after it, a re-send may be answered 801.</source>
        <translation>Cuánto tiempo se espera que el servidor recuerde la Idempotency-Key de una solicitud. Dentro de ese plazo la misma solicitud se reenvía con su primera clave; después, un reenvío puede recibir 801.</translation>
    </message>
    <message>
        <source>Same &amp;request, same key for:</source>
        <translation>Misma &amp;solicitud, misma clave durante:</translation>
    </message>
    <message>
        <source>Erase an owner</source>
        <translation>Borrar un titular</translation>
    </message>
    <message>
        <source>Email of the owner to erase from the history:</source>
        <translation>Correo del titular que se borrará del historial:</translation>
    </message>
    <message>
        <source>Remove the name and email of {email} from every attempt in the history? This cannot be undone. (The signed answers stay: they hold no personal data.)</source>
        <translation>¿Quitar el nombre y el correo de {email} de todos los intentos del historial? No se puede deshacer. (Las respuestas firmadas se conservan: no contienen datos personales.)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message numerus="yes">
        <source>Erased {email} from %n attempt(s).</source>
        <translation>
            <numerusform>{email} se borró de %n intento.</numerusform>
            <numerusform>{email} se borró de %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two profiles are named {name!r}.</source>
        <translation>Dos perfiles se llaman {name!r}.</translation>
    </message>
    <message>
        <source>Check the profile</source>
        <translation>Revise el perfil</translation>
    </message>
</context>
<context>
    <name>TeamLedger</name>
    <message>
        <source>The team ledger&apos;s address must start with postgresql:// (like postgresql://alice@db.example/licensegui).</source>
        <extracomment>libpq&apos;s TLS modes that verify the server (anything weaker only to this computer). The keyring&apos;s service name for the team ledger&apos;s passwords (username: the address).</extracomment>
        <translation>La dirección del registro del equipo debe empezar por postgresql:// (como postgresql://alice@db.example/licensegui).</translation>
    </message>
    <message>
        <source>The team ledger&apos;s address must not hold a password: it would be seen in the process list, the shell&apos;s history and the settings. Store it with “licensegui-cli ledger password”, or give it to libpq by PGPASSWORD or .pgpass. Nothing was sent.</source>
        <translation>La dirección del registro del equipo no debe contener una contraseña: se vería en la lista de procesos, el historial del shell y la configuración. Guárdela con «licensegui-cli ledger password» o désela a libpq con PGPASSWORD o .pgpass. No se envió nada.</translation>
    </message>
    <message>
        <source>The port in the team ledger&apos;s address is not a number.</source>
        <translation>El puerto de la dirección del registro del equipo no es un número.</translation>
    </message>
    <message>
        <source>The team ledger&apos;s address needs a user, a host and a database: postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>La dirección del registro del equipo necesita un usuario, un host y una base de datos: postgresql://USUARIO@HOST[:PUERTO]/BASE.</translation>
    </message>
    <message>
        <source>The team ledger&apos;s address has parameters this program does not pass on: {names}.</source>
        <translation>La dirección del registro del equipo tiene parámetros que este programa no transmite: {names}.</translation>
    </message>
    <message>
        <source>sslmode={mode} would not verify the team ledger&apos;s server: only verify-full or verify-ca are allowed beyond this computer.</source>
        <translation>sslmode={mode} no verificaría el servidor del registro del equipo: fuera de este equipo solo se permiten verify-full o verify-ca.</translation>
    </message>
    <message>
        <source>The team ledger is required and cannot be reached ({problem}); nothing was sent.</source>
        <translation>El registro del equipo es obligatorio y no se puede alcanzar ({problem}); no se envió nada.</translation>
    </message>
    <message>
        <source>the team ledger has no tables yet: an administrator runs “licensegui-cli ledger init URL” once</source>
        <translation>el registro del equipo aún no tiene tablas: un administrador ejecuta una vez «licensegui-cli ledger init URL»</translation>
    </message>
    <message>
        <source>the team ledger&apos;s tables are older (version {found}) than this program&apos;s ({mine}): an administrator runs “licensegui-cli ledger init URL” to migrate them</source>
        <translation>las tablas del registro del equipo son más antiguas (versión {found}) que las de este programa ({mine}): un administrador ejecuta «licensegui-cli ledger init URL» para migrarlas</translation>
    </message>
    <message>
        <source>the team ledger&apos;s tables are newer (version {found}) than this program reads ({mine}): update licensegui</source>
        <translation>las tablas del registro del equipo son más nuevas (versión {found}) de lo que este programa lee ({mine}): actualice licensegui</translation>
    </message>
    <message>
        <source>the team ledger cannot be used: {problem}</source>
        <translation>el registro del equipo no se puede usar: {problem}</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Unknown key label {label!r}: expected one of {labels}.</source>
        <translation>Etiqueta de clave desconocida {label!r}: se esperaba una de {labels}.</translation>
    </message>
    <message>
        <source> in {source}</source>
        <translation> en {source}</translation>
    </message>
    <message>
        <source>The file{where} is too large to be a public key.</source>
        <translation>El archivo{where} es demasiado grande para ser una clave pública.</translation>
    </message>
    <message>
        <source>The file{where} holds a PRIVATE key. Ask your vendor for the PUBLIC key (&quot;Download Public Key&quot; in the admin portal); keep the private key off this machine.</source>
        <translation>El archivo{where} contiene una clave PRIVADA. Pida a su fabricante la clave PÚBLICA («Download Public Key» en el portal de administración); mantenga la clave privada fuera de este equipo.</translation>
    </message>
    <message>
        <source>No PEM public key{where}: expected text starting with &apos;-----BEGIN PUBLIC KEY-----&apos;.</source>
        <translation>No hay clave pública PEM{where}: se esperaba un texto que empiece por «-----BEGIN PUBLIC KEY-----».</translation>
    </message>
    <message>
        <source>Unsupported public key{where}: {exc}.</source>
        <translation>Clave pública no compatible{where}: {exc}.</translation>
    </message>
    <message>
        <source>The RSA key{where} has {bits} bits; keys under {MIN_KEY_BITS} bits are refused.</source>
        <translation>La clave RSA{where} tiene {bits} bits; se rechazan las claves de menos de {MIN_KEY_BITS} bits.</translation>
    </message>
    <message>
        <source>The RSA key{where} has {bits} bits; more than {MAX_KEY_BITS} is refused.</source>
        <translation>La clave RSA{where} tiene {bits} bits; se rechazan más de {MAX_KEY_BITS}.</translation>
    </message>
    <message>
        <source>Cannot read key file {path}: {reason}.</source>
        <translation>No se puede leer el archivo de clave {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>licensegui user guide</source>
        <extracomment>Widest an image is shown (screenshots are larger; the window is a reading width).</extracomment>
        <translation>Guía del usuario de licensegui</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({path}). It is also online in the project&apos;s docs/user-guide.md.</source>
        <translation>Falta la guía del usuario en esta instalación ({path}). También está en línea en docs/user-guide.md del proyecto.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a license key.</source>
        <translation>Introduzca una clave de licencia.</translation>
    </message>
    <message>
        <source>A license key has no spaces or line breaks inside.</source>
        <translation>Una clave de licencia no lleva espacios ni saltos de línea.</translation>
    </message>
    <message>
        <source>Too short for a license key (min {LICENSE_KEY_MIN}).</source>
        <translation>Demasiado corta para una clave de licencia (mínimo {LICENSE_KEY_MIN}).</translation>
    </message>
    <message>
        <source>Use only letters, digits and - . _ : in a license key.</source>
        <translation>Use solo letras, dígitos y - . _ : en una clave de licencia.</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s name.</source>
        <translation>Introduzca el nombre del titular.</translation>
    </message>
    <message>
        <source>Too long for a license key ({length} &gt; {LICENSE_KEY_MAX}).</source>
        <translation>Demasiado larga para una clave de licencia ({length} &gt; {LICENSE_KEY_MAX}).</translation>
    </message>
    <message>
        <source>Name too long ({length} &gt; {OWNER_NAME_MAX}).</source>
        <translation>Nombre demasiado largo ({length} &gt; {OWNER_NAME_MAX}).</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>El nombre contiene caracteres de control.</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s email.</source>
        <translation>Introduzca el correo del titular.</translation>
    </message>
    <message>
        <source>Not a valid email address (like name@example.com).</source>
        <translation>No es una dirección de correo válida (como nombre@example.com).</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (127.0.0.1); use https://.</source>
        <translation>El http:// sin cifrar solo se permite hacia este equipo (127.0.0.1); use https://.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s API address.</source>
        <translation>Introduzca la dirección de la API del servidor.</translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation>La dirección contiene espacios.</translation>
    </message>
    <message>
        <source>The address is not a valid URL ({problem}).</source>
        <translation>La dirección no es una URL válida ({problem}).</translation>
    </message>
    <message>
        <source>The address must start with https:// (like https://vendor.example/api/v1).</source>
        <translation>La dirección debe empezar por https:// (como https://vendor.example/api/v1).</translation>
    </message>
    <message>
        <source>The port in the address is not a number.</source>
        <translation>El puerto de la dirección no es un número.</translation>
    </message>
    <message>
        <source>The address has no valid host name.</source>
        <translation>La dirección no tiene un nombre de host válido.</translation>
    </message>
    <message>
        <source>Do not put credentials in the address; the API key is asked for apart.</source>
        <translation>No ponga credenciales en la dirección; la clave de API se pide aparte.</translation>
    </message>
    <message>
        <source>The address must not contain ? or #.</source>
        <translation>La dirección no debe contener ? ni #.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Introduzca la clave de API.</translation>
    </message>
    <message>
        <source>Too long for an API key (max {API_KEY_MAX}).</source>
        <translation>Demasiado larga para una clave de API (máximo {API_KEY_MAX}).</translation>
    </message>
    <message>
        <source>An API key has no spaces or special characters.</source>
        <translation>Una clave de API no lleva espacios ni caracteres especiales.</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>Introduzca un nombre de perfil.</translation>
    </message>
    <message>
        <source>Use up to 60 printable characters for a profile name.</source>
        <translation>Use hasta 60 caracteres imprimibles para el nombre del perfil.</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>No response yet</source>
        <extracomment>How often a shown signature&apos;s age (&quot;12 s ago&quot;) is said again. The clock the age is told by (a test moves it).</extracomment>
        <translation>Aún no hay respuesta</translation>
    </message>
    <message>
        <source>Assign a key, or verify a saved response (File → Verify saved response).</source>
        <translation>Asigne una clave o verifique una respuesta guardada (Archivo → Verificar respuesta guardada).</translation>
    </message>
    <message>
        <source>No answer to verify</source>
        <translation>Ninguna respuesta que verificar</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
    <message>
        <source>Press Esc or Cancel to stop.</source>
        <translation>Pulse Esc o Cancelar para detener.</translation>
    </message>
    <message>
        <source>Signed {time} ({age})</source>
        <translation>Firmada {time} ({age})</translation>
    </message>
    <message>
        <source>Claimed timestamp {time} ({age})</source>
        <translation>Marca de tiempo declarada {time} ({age})</translation>
    </message>
    <message>
        <source> · saved response: age not checked</source>
        <translation> · respuesta guardada: antigüedad no comprobada</translation>
    </message>
    <message>
        <source>Key: {key_label} · {key_bits}-bit · SHA-256 {group}</source>
        <translation>Clave: {key_label} · {key_bits} bits · SHA-256 {group}</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Firma verificada</translation>
    </message>
    <message>
        <source>Checked against: {key_label} key {group}</source>
        <translation>Comprobada con: clave «{key_label}» {group}</translation>
    </message>
    <message>
        <source>NOT verified — {short_reason}</source>
        <translation>NO verificada — {short_reason}</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>duplicate member {key!r}</source>
        <translation>miembro duplicado {key!r}</translation>
    </message>
    <message>
        <source>{name} is not JSON</source>
        <translation>{name} no es JSON</translation>
    </message>
    <message>
        <source>nested more than {MAX_JSON_DEPTH} levels deep</source>
        <extracomment>Real envelopes nest three levels; past this a body is refused before anything recursive (comparison, pretty-printing) could run out of stack on it.</extracomment>
        <translation>anidado a más de {MAX_JSON_DEPTH} niveles</translation>
    </message>
    <message>
        <source>The signed payload (response_base64) is not valid base64.</source>
        <extracomment>No Key Manager answer predates 2000-01-01; an earlier signed time is a forgery or a bug. A signed time this far ahead of the local clock cannot be a real answer, live or saved. Key Manager codes are three digits; messages are one short sentence. What a server with no signing key configured puts in ``signature``. True/False once the RSA check ran; None when it could not run (e.g. no key). Decoded signed payload. Present even when not verified, so QA can see what was *claimed*; a front must label it unverified unless ``verified`` is True. The envelope&apos;s ``signature`` text as received (to recognise a replayed answer).</extracomment>
        <translation>El contenido firmado (response_base64) no es base64 válido.</translation>
    </message>
    <message>
        <source>The signed payload does not decode to JSON.</source>
        <translation>El contenido firmado no se decodifica como JSON.</translation>
    </message>
    <message>
        <source>The signed payload is not a JSON object.</source>
        <translation>El contenido firmado no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The signed payload has no numeric code.</source>
        <translation>El contenido firmado no tiene código numérico.</translation>
    </message>
    <message>
        <source>The signed payload has no message text.</source>
        <translation>El contenido firmado no tiene texto de mensaje.</translation>
    </message>
    <message>
        <source>The signed payload has no timestamp.</source>
        <translation>El contenido firmado no tiene marca de tiempo.</translation>
    </message>
    <message>
        <source>The response is not UTF-8 text.</source>
        <translation>La respuesta no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>El cuerpo de la respuesta está vacío.</translation>
    </message>
    <message>
        <source>The response is not valid JSON{hint}.</source>
        <translation>La respuesta no es JSON válido{hint}.</translation>
    </message>
    <message>
        <source>The response is JSON but not a signed envelope.</source>
        <translation>La respuesta es JSON pero no un sobre firmado.</translation>
    </message>
    <message>
        <source>The response is not a signed envelope: missing {fields}.</source>
        <translation>La respuesta no es un sobre firmado: falta {fields}.</translation>
    </message>
    <message>
        <source>The signed envelope has fields of the wrong type: {fields}.</source>
        <translation>El sobre firmado tiene campos del tipo incorrecto: {fields}.</translation>
    </message>
    <message>
        <source>The server did not sign this response (“Private key not set”): its signing key is not configured.</source>
        <translation>El servidor no firmó esta respuesta («Private key not set»): su clave de firma no está configurada.</translation>
    </message>
    <message>
        <source>The signature is not base64 (server sent {sig_text}).</source>
        <translation>La firma no es base64 (el servidor envió {sig_text}).</translation>
    </message>
    <message>
        <source>The signature is {length} bytes; the {label} key ({bits}-bit) makes {expected}-byte signatures.</source>
        <translation>La firma tiene {length} bytes; la clave «{label}» ({bits} bits) produce firmas de {expected} bytes.</translation>
    </message>
    <message>
        <source>The signed message is {length} characters long; Key Manager messages are one sentence. Do not rely on this answer.</source>
        <translation>El mensaje firmado tiene {length} caracteres; los mensajes de Key Manager son de una frase. No confíe en esta respuesta.</translation>
    </message>
    <message>
        <source>The response could not be checked ({kind}).</source>
        <translation>No se pudo comprobar la respuesta ({kind}).</translation>
    </message>
    <message>
        <source>The signed payload (response_base64) is not ASCII base64.</source>
        <translation>El contenido firmado (response_base64) no es base64 ASCII.</translation>
    </message>
    <message>
        <source>The signature does not match: the response was altered after signing, or was not signed by the trusted {label} key.</source>
        <translation>La firma no coincide: la respuesta se modificó después de firmarse o no la firmó la clave de confianza «{label}».</translation>
    </message>
    <message>
        <source>The response names an unknown signing key {label} (expected {labels}).</source>
        <translation>La respuesta nombra una clave de firma desconocida {label} (se esperaba {labels}).</translation>
    </message>
    <message>
        <source>The response was signed with the {label} key, and no {label} public key is configured: import it in Settings (or pass --{label}-key).</source>
        <translation>La respuesta se firmó con la clave «{label}» y no hay ninguna clave pública «{label}» configurada: impórtela en Configuración (o pase --{label}-key).</translation>
    </message>
    <message>
        <source>The signed timestamp {timestamp} is not a plausible time (before 2000, or more than a day ahead of this computer&apos;s clock). Do not rely on this answer.</source>
        <translation>La marca de tiempo firmada {timestamp} no es una hora plausible (anterior a 2000 o más de un día por delante del reloj de este equipo). No confíe en esta respuesta.</translation>
    </message>
    <message>
        <source>The signed code {code} is not a Key Manager code.</source>
        <translation>El código firmado {code} no es un código de Key Manager.</translation>
    </message>
    <message>
        <source>Stale or replayed: the signed timestamp is {seconds} s behind this computer&apos;s clock (allowed: ±{window} s). The signature itself is genuine; check the clock, or suspect a replayed answer.</source>
        <translation>Caducada o repetida: la marca de tiempo firmada va {seconds} s por detrás del reloj de este equipo (permitido: ±{window} s). La firma en sí es auténtica; revise el reloj o sospeche de una respuesta repetida.</translation>
    </message>
    <message>
        <source>Stale or replayed: the signed timestamp is {seconds} s ahead of this computer&apos;s clock (allowed: ±{window} s). The signature itself is genuine; check the clock, or suspect a replayed answer.</source>
        <translation>Caducada o repetida: la marca de tiempo firmada va {seconds} s por delante del reloj de este equipo (permitido: ±{window} s). La firma en sí es auténtica; revise el reloj o sospeche de una respuesta repetida.</translation>
    </message>
    <message>
        <source>The readable copy of the response differs from what was signed: it was edited after signing. Only the signed values are shown.</source>
        <translation>La copia legible de la respuesta difiere de lo firmado: se editó después de firmarse. Solo se muestran los valores firmados.</translation>
    </message>
    <message>
        <source>Signature verified with the {label} key.</source>
        <translation>Firma verificada con la clave «{label}».</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error: {kind}: {exc}</source>
        <extracomment>How often the GIL changes hands while anything runs off the GUI thread (Python&apos;s own: 5 ms). The GUI thread takes the GIL for every Python call Qt makes (a table&apos;s ``data()``, a timer, an event filter), hundreds per paint; with a worker busy in Python, each waited up to a whole interval: reading a 100,000-row file froze the window 375 ms, a batch run 40-60 ms. The sentence why (a str, or a core Text: ``object`` so it reaches the window still translatable; a ``str`` signal would hand over a plain English copy). What the call returned, even when it is reported as cancelled (it may carry the record of the cancelled attempt).</extracomment>
        <translation>Error inesperado: {kind}: {exc}</translation>
    </message>
</context>
</TS>
