/**
 * "My account": one page made of sections (password, email, sign-ins, activity, deletion), each a small
 * component talking to one service. Add a section here and to {@link
 * com.example.authstarter.account.ui.AccountView}.
 */
package com.example.authstarter.account.ui;
