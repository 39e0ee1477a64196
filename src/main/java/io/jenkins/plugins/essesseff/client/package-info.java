/** The bundled essesseff Apps API client: every endpoint, typed records, pacing, retries. No Jenkins imports. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
