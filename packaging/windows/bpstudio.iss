; Inno Setup 6 script of the BP Studio installer for 64-bit Windows.
;
; Compiled by `python packaging/build.py` on Windows after the PyInstaller bundle exists; it
; passes the defines below with /D. By hand:
;   iscc /DAppVersion=0.1.0 /DSourceDir=packaging\dist\bpstudio /DOutputDir=packaging\dist
;        /DIconsDir=resources\icons /DLicenseFile=LICENSE /DProjectExtension=.bpproj
;        packaging\windows\bpstudio.iss
; This file is UTF-8 with a byte order mark, which Inno Setup needs to read the Chinese texts.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (python packaging/build.py does).
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=<folder of the PyInstaller bundle>.
#endif
#ifndef OutputDir
  #error Pass /DOutputDir=<folder for the setup program>.
#endif
#ifndef IconsDir
  #error Pass /DIconsDir=<resources\icons>.
#endif
#ifndef LicenseFile
  #error Pass /DLicenseFile=<LICENSE>.
#endif
#ifndef ProjectExtension
  #error Pass /DProjectExtension=.bpproj (bpstudio.project.PROJECT_SUFFIX).
#endif

; Chinese (Simplified) messages ship with newer Inno Setup releases; older 6.x releases keep
; them among the unofficial translations, which build.py can pass as ChineseMessagesFile.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#else
  #ifdef ChineseMessagesFile
    #define ChineseMessages ChineseMessagesFile
  #else
    #error This Inno Setup has no Languages\ChineseSimplified.isl: pass /DChineseMessagesFile=<path of ChineseSimplified.isl>.
  #endif
#endif

#define AppName "BP Studio"
#define AppExe "bpstudio.exe"
#define ProgId "BPStudio.Project"

[Setup]
; The AppId identifies the installation across versions: never change it.
AppId={{9DB251FF-A7E0-43FA-B410-E73E0F68C030}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=BP Studio contributors
VersionInfoVersion={#NumericVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Lab machines often install for every user; a teacher without administrator rights can
; still install for themselves.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
LicenseFile={#LicenseFile}
OutputDir={#OutputDir}
OutputBaseFilename=bpstudio-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconsDir}\bpstudio.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Shows the language list only when the Windows display language matches none of them.
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"

[CustomMessages]
english.ProjectFileType=BP Studio project
chinesesimplified.ProjectFileType=BP Studio 项目
english.AppComment=Build and train backpropagation neural networks
chinesesimplified.AppComment=搭建并训练 BP（反向传播）神经网络

[Tasks]
Name: "fileassociation"; Description: "{cm:AssocFileExtension,{#AppName},{#ProjectExtension}}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; HKA is HKLM for an all-users installation and HKCU for a per-user one.
Root: HKA; Subkey: "Software\Classes\{#ProjectExtension}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: fileassociation
Root: HKA; Subkey: "Software\Classes\{#ProjectExtension}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: fileassociation
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFileType}"; Flags: uninsdeletekey; Tasks: fileassociation
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\_internal\resources\icons\bpstudio-project.ico,0"; Tasks: fileassociation
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: fileassociation
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#ProjectExtension}"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
