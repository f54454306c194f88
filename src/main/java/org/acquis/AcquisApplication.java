package org.acquis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AcquisApplication {

	public static void main(String[] args) {
		SpringApplication.run(AcquisApplication.class, args);
	}

}
