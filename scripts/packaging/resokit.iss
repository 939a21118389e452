; Inno Setup script for Resokit Desktop on Windows, filled in by build_installer.py.
; Build on Windows with Inno Setup 6: iscc resokit.iss (build_installer.py calls it when found).
[Setup]
AppId={{6B1D3C52-8E0A-4C55-9F0B-5E1A2D7C4B11}
AppName=Resokit Desktop
AppVersion=@VERSION@
AppPublisher=Resokit
DefaultDirName={autopf}\Resokit Desktop
DefaultGroupName=Resokit Desktop
PrivilegesRequired=lowest
OutputDir=@OUTPUT_DIR@
OutputBaseFilename=resokit-@VERSION@-windows-setup
SetupIconFile=@ICON@
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "@APP_DIR@\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Resokit Desktop"; Filename: "{app}\resokit.exe"
Name: "{userdesktop}\Resokit Desktop"; Filename: "{app}\resokit.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked
