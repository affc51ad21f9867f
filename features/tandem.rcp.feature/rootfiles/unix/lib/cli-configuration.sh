# Sourced by tandem-cli: sets $cli_configuration to the command line's own OSGi configuration area, made from the
# installation's on the first run and again whenever the installation's bundles change (tandem-install);
# $cli_archive to its class-data sharing archive for this Java ($java_version, in $java_home); and $cli_launcher,
# $cli_framework and $cli_starter to unsigned copies of the launcher and framework jars in it and the bundle that
# installs the others (lib/unsigned-jars.sh). All speed up the start (see docs/PERFORMANCE.md, "Command-line start"). They stay
# empty where no folder is writable: tandem-cli then starts as the workbench does, with every bundle.
#
# The configuration lists every installed bundle except the workbench's (user interface, p2 and its transport, the
# launcher; patterns in lib/cli-bundles-excluded.txt), so that commands contributed by any other bundle, including
# one installed later, are there. The log4j provider bundle is started instead of SPI Fly, which finds it for the
# workbench but costs a third of a second at every start. SPI Fly is installed but never started: bundles that require
# the service-loader extender to resolve (slf4j-api, and so JGit and the team commands) resolve, and nothing pays for
# weaving.
main_configuration=$here/configuration
if [ -w "$main_configuration" ]; then
  cli_configuration=$main_configuration/tandem.cli
elif [ -n "${XDG_CACHE_HOME:-}${HOME:-}" ]; then
  # A read-only installation: a folder of the user's, one per installation.
  cli_configuration=$(user_cache_folder cli)
else
  cli_configuration=
fi
cli_archive=
if [ -n "$cli_configuration" ]; then
  bundles=$main_configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
  if [ ! -f "$cli_configuration/config.ini" ] || [ "$main_configuration/config.ini" -nt "$cli_configuration/config.ini" ] \
      || [ "$bundles" -nt "$cli_configuration/config.ini" ]; then
    new=$cli_configuration/.new.$$
    if mkdir -p "$cli_configuration" 2>/dev/null \
        && { grep -v -f "$here/lib/cli-bundles-excluded.txt" "$bundles" \
               | sed 's/^\(org\.apache\.logging\.log4j\.to\.jul,[^,]*,[^,]*\),[0-9]*,false/\1,2,true/'
             grep '^org\.apache\.aries\.spifly\.dynamic\.bundle,' "$bundles" \
               | sed 's/^\([^,]*,[^,]*,[^,]*\),[0-9]*,[a-z]*$/\1,4,false/'
             true; } >"$new.bundles" \
        && { sed -e '/^osgi\.framework\.extensions=/d' -e '/^eclipse\.application=/d' -e '/^eclipse\.product=/d' \
               -e '/^eclipse\.p2\./d' -e '/^org\.eclipse\.equinox\.simpleconfigurator\.configUrl=/d' \
               "$main_configuration/config.ini" \
             && printf '%s\n' 'eclipse.application=tandem.cli.app' \
               'org.eclipse.equinox.simpleconfigurator.configUrl=file\:bundles.info' \
               'osgi.configuration.cascaded=false' 'tandem.cli.headless=true'; } >"$new.config" \
        && mv -f "$new.bundles" "$cli_configuration/bundles.info" \
        && mv -f "$new.config" "$cli_configuration/config.ini"; then
      rm -f "$cli_configuration"/java-*.jsa
    else
      rm -f "$new.bundles" "$new.config" 2>/dev/null
      cli_configuration=
    fi
  fi
fi
# Unsigned copies of the launcher and framework jars (lib/unsigned-jars.sh), in the configuration's folder.
cli_launcher=
cli_framework=
cli_starter=
if [ -n "$cli_configuration" ]; then
  . "$here/lib/unsigned-jars.sh"
  unsigned_jars "$cli_configuration/unsigned"
  cli_launcher=$unsigned_launcher
  cli_framework=$unsigned_framework
  cli_starter=$unsigned_starter
  # an archive made before the copies holds the old ones' classes (or none of the framework's)
  if [ -n "$unsigned_sources" ]; then
    for old in "$cli_configuration"/java-*.jsa; do
      if [ -f "$old" ] && [ "$unsigned_sources" -nt "$old" ]; then rm -f "$old"; fi
    done
  fi
fi
# Only where the Java has its own default archive (lib/server/classes.jsa): the archive of the command line extends
# it, and asking for one without it stops the VM.
if [ -n "$cli_configuration" ] && [ -f "$java_home/lib/server/classes.jsa" ]; then
  cli_archive=$cli_configuration/java-$java_version.jsa
fi
