<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>API key — {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the API key from your vendor&apos;s portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save it ({backend})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved keys live in {backend}, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>licensegui — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {kind}: {value}

The app can keep running. The details are in the log ({log_dir}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignForm</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Test User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. owner@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {value} (type to see more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Probably assigned by the interrupted run; check. This row was sent before without an answer reaching us, and the server no longer recognises that request, so its “invalid or already assigned” is most likely about that earlier send.</source>
        <extracomment>Reason on a refused row whose key was probably assigned by its own earlier, unanswered send. This many rows in a row without an answer stop the batch (resumable) instead of marching through every remaining row failing. How many more times a row that got no answer is tried before the run ends. A sentence for the user (why it stopped, or what it did).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP {status} without a signed answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the API key (code 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <extracomment>Why records are missing from history, once (shown by the fronts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; the batch can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows got no answer; the batch can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting {left:.0f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the API key; nothing more was sent. Fix the key, then resume the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after {failures} rows in a row got no answer (last: {sentence}) The batch can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>license key</source>
        <extracomment>100,000 rows of generous width; a bigger file is not an order export. Column -&gt; the header names that mean it (after :func:`normalise_header`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <extracomment>1-based number among the file&apos;s data rows (blank rows are skipped, not numbered). The line of the file the row starts on (a quoted field may span lines). Every value of the row as read, for carrying through to the results. Stable code for an invalid/duplicate row (``invalid_email``, ``duplicate``...), else &quot;&quot;. Column -&gt; index in ``header``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {value:.0f} MB; a batch file may be at most {value2} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a well-formed CSV file near line {line_num}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte 0x{value:02X} on line {line}). Save it as “CSV UTF-8” and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains NUL bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two columns could be the {value} ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the header is ambiguous: {join}. Rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no usable header: no column for the {join}. The first row must name the columns (license_key, owner_name, email, or License Key, Name, E-mail); it reads {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {MAX_ROWS:,} rows; split it into smaller batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has {values} values; the header names {header} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same license key as row {first}; only that row is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <extracomment>Status → (icon, word). Icon and word, never colour alone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch assignment</source>
        <extracomment>How long Stop waits for requests already out before abandoning them (a hung server must not hold the window for a deadline and its retries). How many rows have each status, kept up to date row by row: recounting 100,000 rows ten times a second would be GUI-thread work competing with the workers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row naming the license key, owner name and email columns.</source>
        <extracomment>A journal is being opened on a background thread: Start waits for it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV of the demo sandbox&apos;s keys, with an invalid, a duplicate and an unknown key&apos;s row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests are out at once (1 to 8). Two is polite; more is faster if the vendor allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests at a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; carried through: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n row(s), {separator}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: {mapping}{carried}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent. Check the rows, then Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was run against this server on {when}; it is finished. Export its results, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This file was started against this server on {when} and not finished (%n row(s) left). Resume sends only what is left, with the same keys.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot resume the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n row(s) (from the journal; the file itself is not needed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before it finished; Resume sends only what is left, with the same keys, to {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{assigned} assigned · {refused} refused · {not_verified} not verified · {invalid} invalid · {duplicate} duplicate · {remaining} remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m sent · {assigned} assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile (Settings) for the server to assign on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “{name}” has no public key, so no answer could be verified. Import the vendor&apos;s public key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for the profile “{name}”: set it in Settings, then Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: requests already sent are finishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {duration} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} rows/s{eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. Export the results and receipts to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} results to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} receipts to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not done yet. Stop the batch? Nothing is lost: it is offered for resuming at the next start, and rows already sent are re-sent with the same keys, so nothing is assigned twice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license key is not valid.</source>
        <extracomment>Stored rows keep their sentence in English (the journal is read by scripts too); on screen a row says the same thing in the user&apos;s language, from its stable reason code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row does not have the header&apos;s number of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same license key as an earlier row; only that row is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>The TLS certificate of {host} could not be verified. If you are behind a company proxy, its certificate must be trusted by this computer.</source>
        <extracomment>The whole of one attempt, connect to last byte. Per-read timeouts alone never fire on a server that trickles one byte at a time; this does. A Retry-After longer than this is not waited for: the user is told instead. A CA file to trust instead of the system&apos;s (a company&apos;s TLS-inspecting proxy). Verification itself can never be switched off. Unix time the first attempt was sent (a retried assignment may be answered from the server&apos;s idempotency store with the first attempt&apos;s timestamp).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} was too slow: no complete answer within {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to {host} (timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} accepted the request but did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name {hostname} could not be found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} refused the connection: is the address right and the server up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {host} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to {host} failed ({name__}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Tried {attempts} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt {attempts}: {reason} Retried after {delay:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is {what} (HTTP {status}) and asks to wait {wait} s; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is {what} (HTTP {status}). Tried {attempts} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt {attempts}: HTTP {status}; waited {delay:.1f} s ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP {status} without a Location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to a non-https address ({scheme}://{netloc}); refused, so the API key is not sent in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused redirect: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected (HTTP {status}) to {target}. A signed request is not re-sent elsewhere: put the final address in the profile&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than {limit} KiB; stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y raw body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve response as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of the next answer appear here: HTTP status, time and attempts, the Idempotency-Key, whether the signature matches and why, which key signed it, and whether the readable copy matches what was signed.

Assign a key, or verify a saved response (File → Verify saved response, Ctrl+O; or drop a .json file on the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer, byte for byte (Copy and Save keep it exactly, so it can be verified again later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server signed, decoded (marked UNVERIFIED when the signature does not hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Time: {ms} ms over %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Idempotency-Key: {idempotency_key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO — edited after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (saved response: age is shown, not judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached (an earlier check failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: yes ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: NO ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key named: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature check: {sig}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable copy matches signed payload: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freshness checked: {freshness}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Size: %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>// UNVERIFIED: what the response claims
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no decodable signed payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>The history folder {parent} cannot be created: {value}.</source>
        <extracomment>What an erased owner&apos;s name and email read as afterwards. The response&apos;s ``signature`` text, kept to recognise a replayed answer. Unix time the answer arrived (the replay check&apos;s clock); None for old rows. The batch this attempt belongs to (its id), None for a single assignment. Where a damaged database was moved to, when this store had to start afresh.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History cannot be opened: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is damaged ({exc}) and could not be moved aside: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database was damaged and has been set aside as {recovered_from}; a new one was started. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All attempts</source>
        <extracomment>Widest the message column is sized to; longer messages elide (the tooltip has them whole). Filter label → (verified, code) arguments for HistoryStore.query.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned (800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (801)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified.</source>
        <extracomment>Rows the table shows; the export is not capped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified: {why} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license key, owner, email, message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-verify selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest {count} shown: search or filter to narrow down (CSV export includes every match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt got no response: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>A journal already exists at {path}; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create {parent}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a licensegui batch journal (or it is damaged); it was left as it is and nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a licensegui batch journal this version can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({integrity}). It was left as it is; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal {path} is in use by another licensegui (a window or licensegui-cli running this batch). Let it finish or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({exc}). It was left as it is; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the journal {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {n} is not waiting to be sent ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO — a local sandbox server on this computer; nothing is sent to a vendor.</source>
        <extracomment>Actions that would mix another source into a live request&apos;s result.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking where the API key is kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify saved response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;pasted response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save response as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About licensegui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet: open Settings to add your vendor&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — import one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: not set (you will be asked). {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}  ·  Trusted public keys: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: checking the keyring…  ·  Trusted public keys: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “{name}” has no public key, so no answer could be verified. Import the vendor&apos;s public key in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{license_key} was already assigned to this owner at {when} (verified answer). Send the same request again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent again: already assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not complete; see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Pressing Assign again re-sends the same request (same Idempotency-Key): it cannot assign twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled. If the server received it, the key may be assigned: pressing Assign again asks the server for the same request&apos;s answer, without assigning twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: {source} would be mixed with the request in progress. Wait for it, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile with the vendor&apos;s public key in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} (checked with “{name}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to be a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a saved response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the request to finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every API key change was made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n more unfinished)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch “{input_name}” started {when} against {base_url} was stopped before it finished: {left} rows are not done{more}. Open it to resume? Rows already sent are re-sent with the same keys, so nothing is assigned twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt #{id} was made with the profile “{profile}”, which no longer exists. Check it with the keys of “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with these keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checks failed: see the details, and send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About licensegui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign license keys on a Key Manager server and verify, truthfully, that its answers are authentic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt} · API key storage: {storage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The server does not know this API key. Check it in Settings → API key (copy it again from the vendor&apos;s portal).</source>
        <extracomment>9999-12-31: past this, platform time functions overflow (or raise) on some systems. A live answer that does not even claim to be signed (an HTTP error page).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is inactive. Ask your vendor to re-activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key may not assign license keys. Ask your vendor to grant that permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key cannot be used from your IP address. Ask your vendor to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid or already assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insufficient license keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error (HTTP {http_status})</source>
        <extracomment>Reasons meaning &quot;this is no signed envelope at all&quot;, as opposed to one that fails its checks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else (HTTP {http_status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (HTTP {http_status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed answer (HTTP {http_status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with {what}, not a signed answer. Nothing was verified; try again later, or ask your vendor if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It claims {code} “{message}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown — the answer is not authentic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rely on this answer: it could not be shown to come from your vendor&apos;s server.{claim} Check again, or ask your vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license key is now assigned to this owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned (bulk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued (807)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server queued the request; check later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key problem ({code}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused ({code}): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {code}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an assignment result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a signed response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {label} key configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature is garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed text is garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed payload is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale or replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implausible signed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replayed earlier answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (not a plausible time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Verify a pasted response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole response body, exactly as received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Not stored: no keyring available on this system{why} — kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked; unlock it (or allow access) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to read the API key: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set. {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in memory for this session only — never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to save the API key: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to delete the API key: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Not recorded in history: {exc}</source>
        <extracomment>How far apart (seconds) two genuine answers with the same signed timestamp can be: the server&apos;s clock ticks in whole seconds. See :func:`check_replay`. Allowance for how the time an old row&apos;s answer arrived is estimated (start + elapsed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <extracomment>(reason, sentence) when there is no answer: ``network_error``, ``cancelled`` or ``insecure_url`` (the server redirected to plain http: nothing was sent there). A sentence when the attempt could not be recorded (shown with the result).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded in history: {history_unavailable}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings could not be read ({strerror}); using defaults.</source>
        <extracomment>History retention in days; 0 keeps everything. Languages the window can be shown in (&quot;&quot; = as the OS). The names live in the UI. A PEM public key or certificate is a few KiB; anything far larger is not one. Demo profiles live for one run and are never written to disk. Delete attempts older than this many days (personal data); 0 keeps everything. The window&apos;s language: &quot;&quot; follows the OS, else one of LANGUAGE_CODES.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file was damaged; it was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings could not be saved: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Import…</source>
        <extracomment>An API key change waiting for OK: (&quot;keyring&quot;|&quot;session&quot;, key) or (&quot;delete&quot;, &quot;&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {label} public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {label} public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA {bits}-bit · SHA-256 {short_fingerprint}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up licensegui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <extracomment>API key changes to carry out after OK (see key_changes()).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (one per vendor server):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set / re&amp;place API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile is built in: it lasts for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when licensegui starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;play window (±):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase an owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep attempts for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the {label} public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM public keys (*.pem *.pub *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be removed when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be saved in {backend} when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be kept in memory for this session only (when you press OK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set — {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the API key of “{name}” from {where}? It is removed when you press OK; Cancel keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email of the owner to erase from the history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the name and email of {email} from every attempt in the history? This cannot be undone. (The signed answers stay: they hold no personal data.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased {email} from %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Two profiles are named {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Unknown key label {label!r}: expected one of {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file{where} is too large to be a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file{where} holds a PRIVATE key. Ask your vendor for the PUBLIC key (&quot;Download Public Key&quot; in the admin portal); keep the private key off this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM public key{where}: expected text starting with &apos;-----BEGIN PUBLIC KEY-----&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported public key{where}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key{where} has {bits} bits; keys under {MIN_KEY_BITS} bits are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key{where} has {bits} bits; more than {MAX_KEY_BITS} is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read key file {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a license key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A license key has no spaces or line breaks inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short for a license key (min {LICENSE_KEY_MIN}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for a license key ({key} &gt; {LICENSE_KEY_MAX}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits and - . _ : in a license key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the owner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name too long ({name} &gt; {OWNER_NAME_MAX}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the owner&apos;s email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid email address (like name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (127.0.0.1); use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (like https://vendor.example/api/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in the address is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put credentials in the address; the API key is asked for apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for an API key (max {API_KEY_MAX}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key has no spaces or special characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 60 printable characters for a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>No response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a key, or verify a saved response (File → Verify saved response).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Esc or Cancel to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed {time} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed timestamp {time} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · saved response: age not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: {key_label} · {key_bits}-bit · SHA-256 {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against: {key_label} key {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified — {short_reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>duplicate member {key!r}</source>
        <extracomment>No Key Manager answer predates 2000-01-01; an earlier signed time is a forgery or a bug. A signed time this far ahead of the local clock cannot be a real answer, live or saved. Key Manager codes are three digits; messages are one short sentence. What a server with no signing key configured puts in ``signature``. True/False once the RSA check ran; None when it could not run (e.g. no key). Decoded signed payload. Present even when not verified, so QA can see what was *claimed*; a front must label it unverified unless ``verified`` is True. The envelope&apos;s ``signature`` text as received (to recognise a replayed answer).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than {MAX_JSON_DEPTH} levels deep</source>
        <extracomment>Real envelopes nest three levels; past this a body is refused before anything recursive (comparison, pretty-printing) could run out of stack on it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed payload (response_base64) is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed payload does not decode to JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed payload has no numeric code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed payload has no message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed payload has no timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not valid JSON{hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is JSON but not a signed envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not a signed envelope: missing {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed envelope has fields of the wrong type: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not sign this response (“Private key not set”): its signing key is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not base64 (server sent {sig_text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is {signature} bytes; the {label} key ({bits}-bit) makes {expected}-byte signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed payload (response_base64) is not ASCII base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the response was altered after signing, or was not signed by the trusted {label} key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response names an unknown signing key {label} (expected {join}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was signed with the {label} key, and no {label} public key is configured: import it in Settings (or pass --{label}-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed timestamp {timestamp} is not a plausible time (before 2000, or more than a day ahead of this computer&apos;s clock). Do not rely on this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed code {code} is not a Key Manager code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed message is {message} characters long; Key Manager messages are one sentence. Do not rely on this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale or replayed: the signed timestamp is {seconds} s behind this computer&apos;s clock (allowed: ±{window} s). The signature itself is genuine; check the clock, or suspect a replayed answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale or replayed: the signed timestamp is {seconds} s ahead of this computer&apos;s clock (allowed: ±{window} s). The signature itself is genuine; check the clock, or suspect a replayed answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readable copy of the response differs from what was signed: it was edited after signing. Only the signed values are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response could not be checked ({name__}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified with the {value} key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error: {kind}: {exc}</source>
        <extracomment>What the call returned, even when it is reported as cancelled (it may carry the record of the cancelled attempt).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
