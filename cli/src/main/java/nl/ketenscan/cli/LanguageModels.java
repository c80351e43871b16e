package nl.ketenscan.cli;

import nl.ketenscan.rules.OwnRules;

/**
 * Loads the language rules' models while a scan starts, on a thread of their own, so that the first
 * page, which needs them, does not wait for them: they load in 0.5 to 3 s, as long as a browser takes
 * to start. A page that comes first waits for the same load (the detector loads once, under its lock).
 */
final class LanguageModels {

    private LanguageModels() {
    }

    static void loadInBackground() {
        Thread loader = new Thread(OwnRules::loadLanguageModels, "ketenscan-language-models");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
    }
}
