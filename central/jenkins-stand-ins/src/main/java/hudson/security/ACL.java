package hudson.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

public abstract class ACL {
    /** Non-null, as in Jenkins (where it is this token for the user SYSTEM), so that analysis sees what Jenkins has. */
    public static final Authentication SYSTEM2 = new UsernamePasswordAuthenticationToken("SYSTEM", "SYSTEM");
}
