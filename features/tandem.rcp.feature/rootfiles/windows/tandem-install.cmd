@echo off
rem Installs features from a p2 repository into this Tandem installation (the p2 director, no display needed):
rem   tandem-install <repository folder, .zip or URL> <feature id> [<feature id> ...]
rem Close Tandem first. Needs Java 17 or newer (JAVA_HOME, or java on the PATH) and write access to this folder.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "USAGE=usage: tandem-install <repository folder, .zip or URL> <feature id> [<feature id> ...]"
if "%~2"=="" (echo !USAGE! 1>&2 & exit /b 2)
set "REPO=%~1"
if exist "%REPO%\*" (
  for %%r in ("%REPO%") do set "URI=file:/%%~fr/"
) else if exist "%REPO%" (
  for %%r in ("%REPO%") do set "URI=jar:file:/%%~fr^!/"
) else (
  echo %REPO% | findstr /r /c:"^[a-zA-Z][a-zA-Z]*:/" >nul || (echo tandem-install: no repository folder or archive at '%REPO%' 1>&2 & exit /b 2)
  set "URI=%REPO%"
)
set "URI=!URI:\=/!"
set "UNITS="
shift
:features
if "%~1"=="" goto run
set "FEATURE=%~1"
if /i not "!FEATURE:~-14!"==".feature.group" set "FEATURE=!FEATURE!.feature.group"
if defined UNITS (set "UNITS=!UNITS!,!FEATURE!") else (set "UNITS=!FEATURE!")
shift
goto features
:run
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (echo tandem-install: %HERE% is not a Tandem installation ^(no launcher^) 1>&2 & exit /b 1)
set "PROFILE=DefaultProfile"
for /f "tokens=1,* delims==" %%a in ('findstr /b "eclipse.p2.profile=" "%HERE%configuration\config.ini"') do set "PROFILE=%%b"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java.exe")
"%JAVA%" "-Djava.util.logging.config.file=%HERE%lib\logging.properties" -Djava.awt.headless=true -Xmx1g -jar "%LAUNCHER%" -nosplash -data @none -application org.eclipse.equinox.p2.director -repository "!URI!" -installIU "!UNITS!" -destination "%HERE:~0,-1%" -profile "!PROFILE!"
if errorlevel 1 (echo tandem-install: could not install the features from !URI! ^(see the messages above^) 1>&2 & exit /b 1)
exit /b 0
