"""The register of issued certificates in the app: a dialog reached from the Verify screen, the
Handouts screen's certificate options and File ▸ Register of Certificates…"""
