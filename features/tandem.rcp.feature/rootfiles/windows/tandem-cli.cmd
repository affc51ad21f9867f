@echo off
rem Tandem's headless command line. Run "tandem-cli --help" for the commands. Needs Java 17 or newer.
rem The same start as the Linux and macOS script (see docs/PERFORMANCE.md, "Command-line start"): a configuration
rem of its own without the workbench's bundles (lib\cli-bundles-excluded.txt), options for a short run and a
rem class-data sharing archive (only where JAVA_HOME names a Java with its own default archive, bin\server\classes.jsa,
rem and a release file that gives its version).
setlocal
set "HERE=%~dp0"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java.exe")
rem The schedule solver searches for as long as it is given: the optimizing compiler's code finds better schedules.
if not defined TANDEM_CLI_VM_OPTIONS if /i "%~1"=="schedule" set "TANDEM_CLI_VM_OPTIONS=-Xmx1g -XX:+UseSerialGC"
if not defined TANDEM_CLI_VM_OPTIONS set "TANDEM_CLI_VM_OPTIONS=-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
set "MAIN=%HERE%configuration"
set "CLI=%MAIN%\tandem.cli"
if not exist "%CLI%\" mkdir "%CLI%" 2>nul
if not exist "%CLI%\" goto full
rem Made again at every start, replaced only when it changed (after tandem-install), so that the framework's cache
rem of the resolved bundles stays valid.
findstr /v /r /g:"%HERE%lib\cli-bundles-excluded.txt" "%MAIN%\org.eclipse.equinox.simpleconfigurator\bundles.info" | findstr /v /b /c:"org.apache.logging.log4j.to.jul," >"%CLI%\bundles.new" 2>nul || goto full
for /f "tokens=1-3 delims=," %%a in ('findstr /b /c:"org.apache.logging.log4j.to.jul," "%MAIN%\org.eclipse.equinox.simpleconfigurator\bundles.info"') do echo %%a,%%b,%%c,2,true>>"%CLI%\bundles.new"
rem SPI Fly installed, never started: bundles that need the service-loader extender to resolve (slf4j-api, JGit) resolve.
for /f "tokens=1-3 delims=," %%a in ('findstr /b /c:"org.apache.aries.spifly.dynamic.bundle," "%MAIN%\org.eclipse.equinox.simpleconfigurator\bundles.info"') do echo %%a,%%b,%%c,4,false>>"%CLI%\bundles.new"
findstr /v /r /c:"^osgi\.framework\.extensions=" /c:"^eclipse\.application=" /c:"^eclipse\.product=" /c:"^eclipse\.p2\." /c:"^org\.eclipse\.equinox\.simpleconfigurator\.configUrl=" "%MAIN%\config.ini" >"%CLI%\config.new" || goto full
>>"%CLI%\config.new" echo eclipse.application=tandem.cli.app
>>"%CLI%\config.new" echo org.eclipse.equinox.simpleconfigurator.configUrl=file\:bundles.info
>>"%CLI%\config.new" echo osgi.configuration.cascaded=false
>>"%CLI%\config.new" echo tandem.cli.headless=true
fc /b "%CLI%\bundles.new" "%CLI%\bundles.info" >nul 2>&1 || (move /y "%CLI%\bundles.new" "%CLI%\bundles.info" >nul & del /q "%CLI%\java-*.jsa" 2>nul)
fc /b "%CLI%\config.new" "%CLI%\config.ini" >nul 2>&1 || move /y "%CLI%\config.new" "%CLI%\config.ini" >nul
del /q "%CLI%\bundles.new" "%CLI%\config.new" 2>nul
set "ARCHIVE="
if exist "%JAVA_HOME%\bin\server\classes.jsa" for /f "tokens=2 delims==" %%v in ('findstr /b /c:"JAVA_VERSION=" "%JAVA_HOME%\release" 2^>nul') do set "ARCHIVE=%CLI%\java-%%~v.jsa"
if not defined ARCHIVE goto headless
echo " %TANDEM_CLI_VM_OPTIONS% " | findstr /c:" -Xshare:off " >nul && goto headless
if exist "%ARCHIVE%" goto shared
rem The first run with this Java writes the class-data sharing archive the next runs map.
"%JAVA%" "-Djava.util.logging.config.file=%HERE%lib\logging.properties" -Djava.awt.headless=true %TANDEM_CLI_VM_OPTIONS% "-XX:ArchiveClassesAtExit=%ARCHIVE%.new" "-Xlog:cds*=off" -jar "%LAUNCHER%" -configuration "%CLI%" -nosplash -data @none %*
set "CODE=%ERRORLEVEL%"
move /y "%ARCHIVE%.new" "%ARCHIVE%" >nul 2>&1
exit /b %CODE%
:shared
"%JAVA%" "-Djava.util.logging.config.file=%HERE%lib\logging.properties" -Djava.awt.headless=true %TANDEM_CLI_VM_OPTIONS% "-XX:SharedArchiveFile=%ARCHIVE%" "-Xlog:cds*=off" -jar "%LAUNCHER%" -configuration "%CLI%" -nosplash -data @none %*
exit /b %ERRORLEVEL%
:headless
"%JAVA%" "-Djava.util.logging.config.file=%HERE%lib\logging.properties" -Djava.awt.headless=true %TANDEM_CLI_VM_OPTIONS% -jar "%LAUNCHER%" -configuration "%CLI%" -nosplash -data @none %*
exit /b %ERRORLEVEL%
:full
rem No writable configuration folder: start as the workbench does, with every bundle.
"%JAVA%" "-Djava.util.logging.config.file=%HERE%lib\logging.properties" -Djava.awt.headless=true %TANDEM_CLI_VM_OPTIONS% -jar "%LAUNCHER%" -application tandem.cli.app -nosplash -data @none %*
exit /b %ERRORLEVEL%
