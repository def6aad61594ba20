"""The Verify screen: check a certificate's QR code offline, with the issuer's public key."""
