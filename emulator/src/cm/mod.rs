//! The CM API (`/CertificateManagement/api/v1.0`) on the generated `cm::Api` trait.

pub mod seed;
