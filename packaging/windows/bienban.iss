; Inno Setup script of the Windows installer: Bienban in Program Files, a Start-menu entry,
; the .bienban.json file type opened by Bienban, and an uninstaller.
; Built by .github/workflows/release.yml after .ci/bundle has made dist\bienban\:
;   iscc /DAppVersion=0.1.0 packaging\windows\bienban.iss   ->  dist\bienban-0.1.0-setup.exe

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define SourceRoot AddBackslash(SourcePath) + "..\.."

[Setup]
AppId={{6C4E7A52-1B0D-4F0B-9C55-4D2B5E3F1A10}
AppName=Bienban
AppVersion={#AppVersion}
AppPublisher=Bienban
DefaultDirName={autopf}\Bienban
DefaultGroupName=Bienban
DisableProgramGroupPage=yes
; Per user unless the user chooses all users: no administrator needed for a secretary's PC.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir={#SourceRoot}\dist
OutputBaseFilename=bienban-{#AppVersion}-setup
SetupIconFile={#SourceRoot}\resources\icons\bienban.ico
UninstallDisplayIcon={app}\bienban.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceRoot}\dist\bienban\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Bienban"; Filename: "{app}\bienban.exe"
Name: "{group}\{cm:UninstallProgram,Bienban}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Bienban"; Filename: "{app}\bienban.exe"; Tasks: desktopicon

[Registry]
; The file type: "*.bienban.json" (Explorer matches the last extension, .json, so the
; compound extension is registered as well as a ProgID that "Open with" lists).
Root: HKA; Subkey: "Software\Classes\.bienban.json"; ValueType: string; ValueName: ""; ValueData: "Bienban.Record"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "Bienban.Record"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Bienban.Record"; ValueType: string; ValueName: ""; ValueData: "Bienban meeting record"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Bienban.Record\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\bienban.exe,0"
Root: HKA; Subkey: "Software\Classes\Bienban.Record\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\bienban.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\bienban.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\bienban.exe"; Description: "{cm:LaunchProgram,Bienban}"; Flags: nowait postinstall skipifsilent
