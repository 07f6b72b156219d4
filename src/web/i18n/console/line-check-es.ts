import type { LineCheckText } from './line-check-types';

export const esLineCheck: LineCheckText = {
  heading: 'Revisar la línea telefónica',
  intro:
    'Si el proveedor de teléfono manda a Kith las llamadas y los mensajes de la línea. Kith le pregunta al proveedor cada vez que abre esta página.',
  checking: 'Preguntando al proveedor de teléfono…',
  failed: 'Kith no pudo terminar la revisión. Vuelva a intentarlo en un minuto.',
  again: 'Revisar otra vez',
  allOk: 'Todo está conectado.',
  needsFixing: '{count} por arreglar.',
  ok: 'Bien',
  fix: 'Hay que arreglarlo',
  labels: {
    credentials: 'Cuenta del proveedor',
    number: 'El número en el proveedor',
    'public-url': 'La dirección pública de Kith',
    voice: 'Llamadas que entran',
    status: 'Estado de las llamadas',
    fallback: 'Mensaje de respaldo cuando Kith no puede contestar',
    texts: 'Mensajes que entran',
  },
  problems: {
    'no-provider':
      'No hay un proveedor de teléfono configurado. Quien administra el servidor pone los datos de la cuenta del proveedor (KITH_PROVIDER_…) y reinicia Kith.',
    refused:
      'El proveedor no aceptó los datos de la cuenta. Quien administra el servidor los vuelve a copiar del sitio del proveedor y reinicia Kith.',
    unreachable: 'Kith no pudo comunicarse con el proveedor. Revise que el servidor tenga internet.',
    'provider-error': 'El proveedor respondió con un error. Vuelva a intentarlo en unos minutos.',
    'account-suspended':
      'El proveedor suspendió la cuenta: no van a llegar llamadas ni mensajes. Resuélvalo con el proveedor.',
    'account-closed': 'La cuenta del proveedor está cerrada. Use una cuenta abierta.',
    'trial-account':
      'Es una cuenta de prueba: el proveedor pone su propio aviso a cada persona que llama y solo marca a números verificados. Mejore la cuenta en el proveedor.',
    'no-number': 'Kith todavía no sabe el número de la línea. Agréguelo arriba, en “La línea”.',
    'not-on-account':
      'El número de la línea no está en esta cuenta del proveedor. Revise el número, o use la cuenta que lo tiene.',
    'not-https': 'Esta dirección no es segura (https). El proveedor necesita una dirección segura.',
    loopback: 'Esta dirección solo funciona dentro del mismo servidor: el proveedor no puede llegar a ella.',
    private: 'Esta dirección solo funciona en una red privada: el proveedor no puede llegar a ella.',
    'not-set': 'Todavía no está puesto.',
    'wrong-url': 'Va a una dirección equivocada.',
    'wrong-method': 'Usa un método equivocado.',
    'voice-application': 'Otra aplicación del proveedor contesta las llamadas. Cámbielo en el sitio del proveedor.',
    'sms-application': 'Otra aplicación del proveedor contesta los mensajes. Cámbielo en el sitio del proveedor.',
    trunk:
      'Un sistema telefónico (troncal SIP) del proveedor contesta las llamadas. Cámbielo en el sitio del proveedor.',
    fax: 'El número está puesto para recibir faxes. Póngalo para llamadas de voz en el sitio del proveedor.',
    'points-at-kith':
      'Está en el mismo servidor de Kith: cuando Kith no puede contestar, él tampoco. Póngalo en otro lugar.',
    'not-checked': 'No se revisa hasta arreglar los problemas de arriba.',
  },
  now: 'Ahora:',
  mustBe: 'Debe ser:',
  howToFix:
    'Para arreglar las direcciones, use kith provider connect en una computadora conectada a Kith: muestra cada cambio y pregunta antes. El mensaje de respaldo es una página que usted pone en otro lugar, sin el número de nadie; la sección “Connect a phone number” del README lo explica.',
};
