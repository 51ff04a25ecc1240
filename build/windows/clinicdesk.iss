; Inno Setup script for the Windows installer of ClinicDesk (Inno Setup 6.3 or newer).
;
;   python dev.py bundle                       builds dist\ClinicDesk\ and its icon
;   iscc build\windows\clinicdesk.iss          writes dist\ClinicDesk-<version>-windows-setup.exe
;
; It installs for the current user by default, with no administrator rights (a
; practitioner's laptop often has none); an administrator can choose "all users".
; The practice's data is not in the program folder but in the user's data folder
; (%LOCALAPPDATA%\ClinicDesk): installing, upgrading and uninstalling never touch it.

#define AppName "ClinicDesk"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\ClinicDesk"
#define AppVersion GetVersionNumbersString(Bundle + "\ClinicDesk.exe")

[Setup]
; The AppId ties every future version to this one, so an upgrade replaces it in place.
AppId={{81940A57-410C-4155-B8CB-DDFD49300943}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
SetupIconFile=..\work\icon\clinicdesk.ico
UninstallDisplayIcon={app}\ClinicDesk.exe
UninstallDisplayName={#AppName}
VersionInfoVersion={#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running ClinicDesk before replacing its files (it saves everything as it goes).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
; Simplified Chinese ships with recent Inno Setup releases only.
#ifexist AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade first removes the previous version's libraries, so none it no longer ships lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\ClinicDesk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ClinicDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ClinicDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
