/** An organisation's pkgguard rules: here one, {@link com.example.pkgguard.rules.BlockedProjectsRule}. */
package com.example.pkgguard.rules;
