export function Wizard() {
  return <section><h1>Wizard</h1></section>;
}
