; Inno Setup 6.3+ script: JPoA-Desktop-<version>-setup.exe from the PyInstaller one-folder build.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\jpoa.iss
;
; Build dist\jpoa-desktop\ first (packaging\windows\README.md says how, on a Windows machine);
; the installer lands in dist\. The version comes from the command line alone (pyproject.toml's
; version, which the README reads for you), so that it is written in one place.
;
; Per user by default: no administrator rights needed, the app goes to
; %LOCALAPPDATA%\Programs\JPoA Desktop; the first page offers "for all users" to those who have
; them. Uninstalling removes the program, never the databases, keys and settings, which the app
; keeps in the user's own places (%LOCALAPPDATA%\jpoa-desktop, and the registry for settings).

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 packaging\windows\jpoa.iss
#endif

#define AppName "JPoA Desktop"
#define AppExe "jpoa-desktop.exe"
; Relative paths are read from this script's folder: the PyInstaller output folder in dist\.
#define BundleDir "..\..\dist\jpoa-desktop"

[Setup]
; The same AppId for every version, so that a new version replaces the old one in place.
AppId={{86EE35BE-1898-48ED-863E-F3C3DB7B90EC}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=JPoA Desktop developers
AppComments=Offline workshop and capacity-building toolkit for the Joint Plan of Action for Central Asia
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=jpoa-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=JPoA-Desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; jpoa-desktop.exe (the app), jpoa.exe (the command line) and _internal\ (Python, Qt, our data).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
