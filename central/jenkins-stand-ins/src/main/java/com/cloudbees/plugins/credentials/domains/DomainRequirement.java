package com.cloudbees.plugins.credentials.domains;

public class DomainRequirement {}
