/** Administration: its part of the security chain (every page under /admin is for administrators only). */
package com.example.authstarter.admin;
