package com.example.authstarter.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the app keeps local state: the embedded database's files and the self-signed certificate.
 *
 * @param dataDir the folder ({@code APP_DATA_DIR}), relative to where the app is started
 */
@ConfigurationProperties("app")
public record DataSettings(@DefaultValue("data") Path dataDir) {}
