; Inno Setup script: a per-user install of the onedir bundle, no administrator rights.
; Built by packaging/build.py when iscc is on PATH, which passes:
;   /DAppVersion=X.Y.Z /DSourceDir=dist\licensegui /DOutputDir=dist /DIconFile=...\app.ico

#ifndef AppVersion
  #error Pass /DAppVersion=... (packaging/build.py does)
#endif

[Setup]
; Keep AppId fixed forever: it is how Windows knows a new version upgrades the old one.
AppId={{6B0E5C1F-9A51-4D3B-9C1B-5E3F2A7C4D10}
AppName=licensegui
AppVersion={#AppVersion}
AppPublisher=licensegui
VersionInfoVersion={#AppVersion}
; Per-user: installs under %LOCALAPPDATA%\Programs, no UAC prompt, no admin needed.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\licensegui
DefaultGroupName=licensegui
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename=licensegui-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\licensegui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Settings, history and logs live in the user's AppData and survive upgrades and uninstall.

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\licensegui"; Filename: "{app}\licensegui.exe"
Name: "{autoprograms}\licensegui (demo)"; Filename: "{app}\licensegui.exe"; Parameters: "--demo"

[Run]
Filename: "{app}\licensegui.exe"; Description: "Start licensegui"; Flags: nowait postinstall skipifsilent
