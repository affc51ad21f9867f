@echo off
rem Starts the Tandem planning workbench. Needs Java 17 or newer (JAVA_HOME, or javaw on the PATH).
setlocal
set "HERE=%~dp0"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if defined JAVA_HOME (set "JAVAW=%JAVA_HOME%\bin\javaw.exe") else (set "JAVAW=javaw.exe")
start "Tandem" "%JAVAW%" "-Djava.util.logging.config.file=%HERE%lib\logging.properties" -Dtandem.firstRunSample=true -Xmx2g -jar "%LAUNCHER%" -name Tandem %*
