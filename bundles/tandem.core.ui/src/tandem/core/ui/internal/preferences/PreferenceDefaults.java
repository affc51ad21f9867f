package tandem.core.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

import tandem.core.ui.preferences.TandemPreferences;

/** The defaults of the Tandem preferences. */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        TandemPreferences.initializeDefaults();
    }
}
