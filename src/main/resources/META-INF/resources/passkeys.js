// Passkeys in the browser: the few steps Spring Security's WebAuthn endpoints need from the page. A plain
// ES module served from META-INF/resources (no frontend bundle); the views load it with import() through
// executeJs. Binary WebAuthn fields travel as base64url, as Spring Security reads and writes them.

const base64url = {
  encode(buffer) {
    const text = btoa(String.fromCharCode(...new Uint8Array(buffer)));
    return text.replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  },
  decode(text) {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
  },
};

// Only one ceremony at a time: starting one (a click) cancels the waiting autofill request.
let ongoing = new AbortController();
function newSignal() {
  ongoing.abort('A new passkey request replaces this one');
  ongoing = new AbortController();
  return ongoing.signal;
}

function url(path) {
  // The page's <base> is the app's root, wherever it is deployed.
  return new URL(path, document.baseURI).href;
}

async function post(path, csrf, body) {
  return fetch(url(path), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', [csrf.header]: csrf.token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function descriptors(list) {
  return (list || []).map((c) => ({ ...c, id: base64url.decode(c.id) }));
}

function requestOptions(options) {
  return { ...options, challenge: base64url.decode(options.challenge), allowCredentials: descriptors(options.allowCredentials) };
}

function assertion(credential) {
  const r = credential.response;
  return {
    id: credential.id,
    rawId: base64url.encode(credential.rawId),
    response: {
      authenticatorData: base64url.encode(r.authenticatorData),
      clientDataJSON: base64url.encode(r.clientDataJSON),
      signature: base64url.encode(r.signature),
      userHandle: r.userHandle ? base64url.encode(r.userHandle) : undefined,
    },
    type: credential.type,
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment: credential.authenticatorAttachment,
  };
}

export function supported() {
  return !!window.PublicKeyCredential;
}

/**
 * Makes a passkey for the signed-in person and registers it under `name`.
 * Resolves to 'added', 'cancelled' (the person or the device said no), 'refused' (the server did) or 'unsupported'.
 */
export async function register(csrf, name) {
  if (!supported()) {
    return 'unsupported';
  }
  const optionsResponse = await post('webauthn/register/options', csrf);
  if (!optionsResponse.ok) {
    return 'refused';
  }
  const options = await optionsResponse.json();
  let credential;
  try {
    credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        user: { ...options.user, id: base64url.decode(options.user.id) },
        challenge: base64url.decode(options.challenge),
        excludeCredentials: descriptors(options.excludeCredentials),
      },
      signal: newSignal(),
    });
  } catch (refusedOnDevice) {
    return 'cancelled';
  }
  const r = credential.response;
  const registered = await post('webauthn/register', csrf, {
    publicKey: {
      credential: {
        id: credential.id,
        rawId: base64url.encode(credential.rawId),
        response: {
          attestationObject: base64url.encode(r.attestationObject),
          clientDataJSON: base64url.encode(r.clientDataJSON),
          transports: r.getTransports ? r.getTransports() : [],
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment,
      },
      label: name,
    },
  });
  return registered.ok ? 'added' : 'refused';
}

async function signInWith(csrf, rememberMe, mediation) {
  const optionsResponse = await post('webauthn/authenticate/options', csrf);
  if (!optionsResponse.ok) {
    location.assign(url('login?passkey-failed'));
    return;
  }
  const options = await optionsResponse.json();
  let credential;
  try {
    credential = await navigator.credentials.get({ publicKey: requestOptions(options), mediation, signal: newSignal() });
  } catch (cancelled) {
    // The person closed the browser's dialog, or a click replaced the autofill request: stay on the page.
    return;
  }
  if (!credential) {
    return;
  }
  const path = rememberMe() ? 'login/webauthn?remember-me=on' : 'login/webauthn';
  const answer = await post(path, csrf, assertion(credential));
  if (answer.ok) {
    location.assign((await answer.json()).redirectUrl);
  } else {
    location.assign(url(answer.status === 503 ? 'login?unavailable' : 'login?passkey-failed'));
  }
}

/** "Sign in with a passkey": the browser's dialog lists this site's passkeys on the device. */
export async function signIn(csrf, rememberMeBox) {
  if (!supported()) {
    return 'unsupported';
  }
  await signInWith(csrf, () => !!rememberMeBox.checked, undefined);
  return 'done';
}

/**
 * Passkeys offered in the username field's autofill (conditional mediation), where the browser can: the
 * field is marked `username webauthn`, and choosing a passkey there signs in.
 */
export async function autofill(csrf, loginOverlay, rememberMeBox) {
  if (!supported() || !PublicKeyCredential.isConditionalMediationAvailable
      || !(await PublicKeyCredential.isConditionalMediationAvailable())) {
    return 'unsupported';
  }
  const input = await usernameInput(loginOverlay);
  if (!input) {
    return 'unsupported';
  }
  input.setAttribute('autocomplete', 'username webauthn');
  signInWith(csrf, () => !!rememberMeBox.checked, 'conditional');
  return 'waiting';
}

/** The sign-in overlay's username input, once the overlay has rendered it (within a few seconds). */
async function usernameInput(loginOverlay) {
  for (let tries = 0; tries < 50; tries++) {
    const field = loginOverlay.querySelector('#vaadinLoginUsername') || document.getElementById('vaadinLoginUsername');
    const input = field && (field.inputElement || field.querySelector('input'));
    if (input) {
      return input;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/**
 * "Confirm it is you" with a passkey: answers the server's challenge (JSON) without signing in again.
 * Resolves to the assertion as JSON for the server to check, or '' when the person cancelled.
 */
export async function confirm(optionsJson) {
  if (!supported()) {
    return '';
  }
  try {
    const credential = await navigator.credentials.get({ publicKey: requestOptions(JSON.parse(optionsJson)), signal: newSignal() });
    return credential ? JSON.stringify(assertion(credential)) : '';
  } catch (cancelled) {
    return '';
  }
}
