package org.acquis.certification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of certification ({@code acquis.certification.*}).
 *
 * @param demo a demo centre, its member and a session ready to run (profile demo)
 */
@ConfigurationProperties("acquis.certification")
public record CertificationSettings(@DefaultValue("false") boolean demo) {
}
