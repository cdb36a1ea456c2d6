package com.cakeflow.identity.internal;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Lets Camunda's identity store hash passwords with bcrypt, so Spring Security and the Camunda webapps share one user store. */
class BcryptPasswordEncryptor implements PasswordEncryptor {

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	@Override
	public String encrypt(String password) {
		return bcrypt.encode(password);
	}

	@Override
	public boolean check(String password, String encrypted) {
		return bcrypt.matches(password, encrypted);
	}

	@Override
	public String hashAlgorithmName() {
		return "BCRYPT";
	}
}
