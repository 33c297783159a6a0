//! The bundled extensions. Each lives entirely in its own folder; this file is
//! the one place that lists them: add a folder's name to the `register!` line.

use crate::extension::Extension;

macro_rules! register {
    ($($name:ident),* $(,)?) => {
        $( pub mod $name; )*
        /// Every bundled extension, in registration order.
        pub static ALL: &[&dyn Extension] = &[ $( &$name::EXTENSION, )* ];
    };
}

register!(pipe, repeat, until);
