; RelationDesk - Windows installer (Inno Setup 6.3 or newer).
;
; Packages the PyInstaller one-folder bundle dist\RelationDesk\* (built by
; `pyinstaller packaging\relationdesk.spec`, as `make package` does, from the
; repository root) into dist\RelationDesk-0.1.0-setup.exe. Then, on Windows, from the
; repository root:
;
;     iscc packaging\windows\relationdesk.iss
;
; See packaging\windows\README.md. This script cannot be compiled or tested on the
; Linux CI machines.
;
; User data: the database, settings, logs and backups live in
; %LOCALAPPDATA%\RelationDesk (README.md, "Where is my data"). The installer never
; writes there, and the uninstaller removes only the files it installed, so
; uninstalling or upgrading keeps every customer, contact and meeting.

#define AppName "RelationDesk"
#define AppVersion "0.1.0"
#define AppPublisher "RelationDesk developers"
#define AppURL "https://github.com/relationdesk/relationdesk"
; The EXE that packaging/relationdesk.spec builds (EXE(name="relationdesk")).
#define AppExeName "relationdesk.exe"
; The repository root, two folders up from this script.
#define Root AddBackslash(SourcePath) + "..\..\"

[Setup]
; AppId identifies RelationDesk to Windows for upgrades and uninstall: never change it,
; and never reuse it for another application. ({{ is an escaped "{".)
AppId={{26435480-E178-4116-9FEA-5F5D620CE386}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}
AppUpdatesURL={#AppURL}
AppCopyright=Copyright (C) 2026 {#AppPublisher}
VersionInfoVersion={#AppVersion}.0
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup

; {autopf} is "Program Files" for an install for all users, and
; %LOCALAPPDATA%\Programs for an install for the current user only.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Install for the current user by default (no administrator rights needed, which
; matters on locked-down company laptops); the dialog offers "for all users" too.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog

; The bundle is 64-bit (64-bit Python, Qt 6); Qt 6 needs Windows 10 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0

SourceDir={#Root}
OutputDir={#Root}dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The same .ico the spec gives the EXE, once one is made from
; resources\icons\relationdesk.svg (none exists yet: Setup then has the default icon).
#if FileExists(Root + "packaging\windows\relationdesk.ico")
SetupIconFile=packaging\windows\relationdesk.ico
#endif
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
; Close a running RelationDesk (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; English and Italian ship with Inno Setup. Romanian and Indonesian are community
; ("unofficial") translations that Inno Setup does not install: take Romanian.isl and
; Indonesian.isl from https://jrsoftware.org/files/istrans/ (also in
; Files/Languages/Unofficial/ of github.com/jrsoftware/issrc), in the version made for
; your Inno Setup (messages an older file lacks fall back to English), and put them in
; Inno Setup's Languages folder or next to this script. Without them the installer
; speaks English and Italian only; the app itself speaks all four languages either way
; (it picks the system language on first start; Settings changes it).
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Romanian.isl")
Name: "ro"; MessagesFile: "compiler:Languages\Romanian.isl"
#elif FileExists(AddBackslash(SourcePath) + "Romanian.isl")
Name: "ro"; MessagesFile: "{#AddBackslash(SourcePath)}Romanian.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
#elif FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
Name: "id"; MessagesFile: "{#AddBackslash(SourcePath)}Indonesian.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle.
Source: "dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Code] that touch {localappdata}\RelationDesk: the
; user's database, settings, logs and backups stay after uninstalling. To remove
; them too, delete %LOCALAPPDATA%\RelationDesk by hand.
