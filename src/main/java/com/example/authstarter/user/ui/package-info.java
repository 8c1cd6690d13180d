/** Views of the user feature: registration with its strength meter, and the members list. */
package com.example.authstarter.user.ui;
