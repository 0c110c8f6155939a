; Inno Setup script for SecondOp Desktop on Windows (UNTESTED: see packaging/README.md).
;
; Build dist\SecondOp\ first (pyinstaller --noconfirm packaging\secondop.spec), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\secondop.iss
; The installer goes to dist\SecondOp-<version>-windows-setup.exe. It installs per user (no admin
; rights) and its uninstaller removes the program only: the patient's vault in
; %LOCALAPPDATA%\SecondOp stays until they delete it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SecondOp"
#define AppId "io.github.secondop.Desktop"
#define AppExe "SecondOp.exe"

[Setup]
; AppId must never change between releases: it is how upgrades find the installed copy.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The SecondOp developers
AppPublisherURL=https://secondop.github.io/
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=SecondOp-{#AppVersion}-windows-setup
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\SecondOp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder; never the vault in %LOCALAPPDATA%.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('SecondOp is uninstalled. Your records were NOT removed: they are in ' +
           ExpandConstant('{localappdata}') + '\SecondOp (and in any other vault folder you ' +
           'chose). Delete that folder to remove them too.', mbInformation, MB_OK);
end;
