; PCMD installer (NSIS 3). Built by installer/build.py:
;   makensis -INPUTCHARSET UTF8 /DVERSION=x.y.z /DSOURCE_DIR=dist\PCMD installer\pcmd.nsi
; Per-user install without administrator rights into %LOCALAPPDATA%\Programs\PCMD.
; The user's data (%APPDATA%\PCMD: database, backups, logs, settings) is never touched:
; an upgrade replaces the program files only, and the uninstaller leaves the data folder.

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z installer\pcmd.nsi"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"  ; Windows wants four numbers (build.py passes them)
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "../dist/PCMD"  ; the PyInstaller folder (makensis runs in this folder)
!endif
!ifndef OUTFILE
  !define OUTFILE "../dist/PCMD-Setup-${VERSION}.exe"
!endif

!define APP_NAME "PCMD"
!define APP_EXE "PCMD.exe"
!define CLI_EXE "pcmd-cli.exe"
!define APP_KEY "Software\PCMD"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PCMD"
!define ICON_FILE "../resources/icons/pcmd.ico"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\PCMD"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ShowInstDetails show
ShowUninstDetails show
BrandingText "${APP_NAME} ${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

; --- look and pages ---------------------------------------------------------------------
!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING

; The language chosen in the first dialog is remembered for upgrades and the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_WINDOWTITLE "PCMD"
!define MUI_LANGDLL_INFO "Chọn ngôn ngữ / Choose a language:"

!define MUI_WELCOMEPAGE_TITLE "$(WelcomeTitle)"
!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UnConfirmText)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "$(UnFinishTitle)"
!define MUI_FINISHPAGE_TEXT "$(UnFinishText)"
!insertmacro MUI_UNPAGE_FINISH

; The first language is the default (the office PCs are set to Vietnamese or English).
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; --- our own texts ----------------------------------------------------------------------
LangString WelcomeTitle ${LANG_VIETNAMESE} "Cài đặt PCMD ${VERSION}"
LangString WelcomeTitle ${LANG_ENGLISH} "Install PCMD ${VERSION}"
LangString WelcomeText ${LANG_VIETNAMESE} "Chương trình sẽ cài PCMD (quản lý số liệu phòng, chống mại dâm) cho tài khoản Windows của bạn. Không cần quyền quản trị.$\r$\n$\r$\nNếu máy đã có phiên bản cũ, chương trình chỉ thay các tệp của phần mềm. Dữ liệu của bạn trong thư mục $APPDATA\PCMD (cơ sở dữ liệu, bản sao lưu, cài đặt) được giữ nguyên.$\r$\n$\r$\nHãy đóng PCMD trước khi tiếp tục."
LangString WelcomeText ${LANG_ENGLISH} "This will install PCMD (records of the prostitution-prevention programme) for your Windows account. No administrator rights are needed.$\r$\n$\r$\nIf an older version is installed, only the program files are replaced. Your data in $APPDATA\PCMD (database, backups, settings) is kept as it is.$\r$\n$\r$\nPlease close PCMD before you continue."
LangString RunNow ${LANG_VIETNAMESE} "Mở PCMD ngay"
LangString RunNow ${LANG_ENGLISH} "Start PCMD now"
LangString FinishText ${LANG_VIETNAMESE} "PCMD ${VERSION} đã được cài đặt. Biểu tượng PCMD có trên màn hình nền và trong menu Start.$\r$\n$\r$\nDữ liệu của bạn nằm trong thư mục $APPDATA\PCMD."
LangString FinishText ${LANG_ENGLISH} "PCMD ${VERSION} is installed. The PCMD icon is on the desktop and in the Start menu.$\r$\n$\r$\nYour data is in the folder $APPDATA\PCMD."
LangString CloseApp ${LANG_VIETNAMESE} "PCMD đang chạy. Hãy đóng PCMD rồi bấm Thử lại (Retry), hoặc bấm Hủy (Cancel) để dừng cài đặt."
LangString CloseApp ${LANG_ENGLISH} "PCMD is running. Close PCMD and press Retry, or press Cancel to stop."
LangString RemovingOld ${LANG_VIETNAMESE} "Gỡ các tệp của phiên bản cũ (dữ liệu được giữ nguyên)..."
LangString RemovingOld ${LANG_ENGLISH} "Removing the files of the older version (your data is kept)..."
LangString UnConfirmText ${LANG_VIETNAMESE} "PCMD sẽ được gỡ khỏi máy. Dữ liệu của bạn trong thư mục $APPDATA\PCMD (cơ sở dữ liệu, bản sao lưu, nhật ký, cài đặt) KHÔNG bị xóa."
LangString UnConfirmText ${LANG_ENGLISH} "PCMD will be removed from this computer. Your data in the folder $APPDATA\PCMD (database, backups, logs, settings) will NOT be deleted."
LangString UnFinishTitle ${LANG_VIETNAMESE} "Đã gỡ PCMD"
LangString UnFinishTitle ${LANG_ENGLISH} "PCMD has been removed"
LangString UnFinishText ${LANG_VIETNAMESE} "Phần mềm PCMD đã được gỡ.$\r$\n$\r$\nDữ liệu của bạn vẫn còn trong thư mục $APPDATA\PCMD. Khi cài lại PCMD, dữ liệu sẽ được dùng tiếp. Nếu không cần nữa, bạn có thể tự xóa thư mục này (hãy sao lưu trước)."
LangString UnFinishText ${LANG_ENGLISH} "PCMD has been removed.$\r$\n$\r$\nYour data is still in the folder $APPDATA\PCMD. If you install PCMD again, it will use this data. If you no longer need it, you can delete that folder yourself (make a backup first)."
LangString DataKept ${LANG_VIETNAMESE} "Dữ liệu được giữ nguyên trong: $APPDATA\PCMD"
LangString DataKept ${LANG_ENGLISH} "Your data is kept in: $APPDATA\PCMD"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "PCMD"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "PCMD installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT License"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "PCMD"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Bộ cài đặt PCMD"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "MIT License"

; --- helpers ----------------------------------------------------------------------------
; Delete one program file; a running program cannot be deleted on Windows, so ask the user
; to close it (a silent install gives up instead of waiting).
!macro RemoveProgramFile FILE
  ${Do}
    ClearErrors
    Delete "${FILE}"
    ${IfNot} ${FileExists} "${FILE}"
      ${Break}
    ${EndIf}
    ${IfCmd} MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CloseApp)" /SD IDCANCEL IDCANCEL ${||} Abort "$(CloseApp)" ${|}
  ${Loop}
!macroend

; Only the files this installer puts there: never RMDir /r "$INSTDIR", in case someone
; chose a folder that also holds other files.
!macro RemoveProgram
  !insertmacro RemoveProgramFile "$INSTDIR\${APP_EXE}"
  !insertmacro RemoveProgramFile "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  Delete "$SMPROGRAMS\PCMD.lnk"
  Delete "$DESKTOP\PCMD.lnk"
!macroend

; --- install ----------------------------------------------------------------------------
Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "PCMD" SecMain
  SectionIn RO
  SetShellVarContext current
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    DetailPrint "$(RemovingOld)"
    !insertmacro RemoveProgram
  ${EndIf}

  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}/*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\PCMD.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortcut "$DESKTOP\PCMD.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "PCMD"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "PCMD"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
  DetailPrint "$(DataKept)"
SectionEnd

; --- uninstall --------------------------------------------------------------------------
Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro RemoveProgram
  RMDir "$INSTDIR"  ; only if empty
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegValue HKCU "${APP_KEY}" "InstallDir"
  DeleteRegValue HKCU "${APP_KEY}" "Version"
  DeleteRegValue HKCU "${APP_KEY}" "InstallerLanguage"
  DeleteRegKey /ifempty HKCU "${APP_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
