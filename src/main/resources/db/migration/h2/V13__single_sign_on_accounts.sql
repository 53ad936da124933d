-- Which accounts single sign-on made (and keeps in step with the identity provider's claims): only these
-- may be signed in to by single sign-on, so that no password-less account (a service account, say) is
-- taken over by an identity-provider user of the same name.
ALTER TABLE users ADD COLUMN single_sign_on BOOLEAN NOT NULL DEFAULT FALSE;
