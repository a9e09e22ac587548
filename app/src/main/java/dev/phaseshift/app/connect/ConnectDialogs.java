package dev.phaseshift.app.connect;

import java.util.Optional;

/**
 * The dialogs of building an estate; the FX implementation shows real ones, tests answer them. Each form dialog
 * edits the view model it is given and says whether the user confirmed it.
 */
public interface ConnectDialogs {

    /** Asks where to create a new estate file and what to call the estate. */
    Optional<NewEstate> askNewEstate();

    /** Shows the service form; true when the user saved it. */
    boolean editService(ServiceFormViewModel form);

    /** Shows the discovery dialog; true when the user chose to add the ticked databases. */
    boolean discoverServices(DiscoveryViewModel discovery);

    /** Asks for the password of an "ask me" service; empty when the user declined. */
    Optional<char[]> askPassword(String service, String user);

    /** Tells the user that background work finished, without interrupting them. */
    void notifyFinished(String title, String text);

    /** For a main window without them (a test that does not build estates): every question declined. */
    ConnectDialogs NONE = new ConnectDialogs() {
        @Override
        public Optional<NewEstate> askNewEstate() {
            return Optional.empty();
        }

        @Override
        public boolean editService(ServiceFormViewModel form) {
            return false;
        }

        @Override
        public boolean discoverServices(DiscoveryViewModel discovery) {
            return false;
        }

        @Override
        public Optional<char[]> askPassword(String service, String user) {
            return Optional.empty();
        }

        @Override
        public void notifyFinished(String title, String text) {
            // nobody to tell
        }
    };
}
