; KAM — per-user Windows installer (NSIS 3, Unicode). Compiled by installer/build.py:
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist\kam -DOUTFILE=dist\KAM-Setup-0.1.0.exe -DICON=resources\icons\kam.ico kam.nsi
; No administrator rights: everything goes under the user's profile and HKCU.
; The user's data (%LOCALAPPDATA%\kam\kam: the database and its backups) and settings
; (HKCU\Software\kam\kam) are never touched by an install or upgrade, and removed by the
; uninstaller only when the user ticks "Remove my data".

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "pass -DBUNDLE=path\to\dist\kam"
!endif
!ifndef OUTFILE
  !define OUTFILE "KAM-Setup-${VERSION}.exe"
!endif

!define APP "KAM"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KAM"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\KAM"
InstallDirRegKey HKCU "Software\KAM" "InstallDir"
SetCompressor /SOLID lzma
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\KAM.exe"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "TradChinese"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "KAM"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "KAM key-account management setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "KAM"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "KAM developers"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "KAM (required)" SecApp
  SectionIn RO
  ; An upgrade replaces the program files only; the user's data lives elsewhere.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateDirectory "$SMPROGRAMS\KAM"
  CreateShortcut "$SMPROGRAMS\KAM\KAM.lnk" "$INSTDIR\KAM.exe"
  CreateShortcut "$SMPROGRAMS\KAM\Uninstall KAM.lnk" "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "Software\KAM" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "KAM — key-account management"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "KAM"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\KAM.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\KAM.lnk" "$INSTDIR\KAM.exe"
SectionEnd

Section "un.KAM program" UnSecApp
  SectionIn RO
  Delete "$DESKTOP\KAM.lnk"
  RMDir /r "$SMPROGRAMS\KAM"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\KAM.exe"
  Delete "$INSTDIR\kam.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\KAM"
SectionEnd

; Not selected by default: the customers' dossiers stay unless the user asks.
Section /o "un.Remove my data (databases, backups and settings)" UnSecData
  RMDir /r "$LOCALAPPDATA\kam"
  DeleteRegKey HKCU "Software\kam\kam"
SectionEnd
